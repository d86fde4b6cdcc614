// A lost WebGL context (a GPU reset, a driver update, too many tabs) must not leave a blank view. three keeps
// every geometry, material and painted texture on the CPU side and uploads them again once the browser restores
// the context; the view then only needs a frame, drawn from the store's room and pose. If no restore comes, a
// fresh Canvas (a new context) is the way back.
import { useEffect, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { useTranslation } from '../i18n';

/** How long to wait for the browser's own restore before starting the view again. */
const RESTORE_WAIT_MS = 8000;

/** Inside the Canvas: reports loss and restore, and draws a frame once the context is back. */
export function ContextLossWatcher({ onLostChange }: { onLostChange(lost: boolean): void }) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    const lost = () => onLostChange(true);
    // three's own listener, added first, has rebuilt its GPU state by now; frames are drawn on demand.
    const restored = () => {
      onLostChange(false);
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl, invalidate, onLostChange]);
  return null;
}

/** Whether the context is lost, and a key for the Canvas that changes when it must start afresh. */
export function useContextRecovery() {
  const [lost, setLost] = useState(false);
  const [canvasKey, setCanvasKey] = useState(0);
  useEffect(() => {
    if (!lost) return;
    const timer = setTimeout(() => {
      setLost(false);
      setCanvasKey((k) => k + 1);
    }, RESTORE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [lost]);
  return { lost, canvasKey, onLostChange: setLost };
}

/** A live region that exists before anything is said in it, so screen readers announce the message. */
export function RecoveringNotice({ lost }: { lost: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="scene-recovering" aria-live="polite">
      {lost && <p>{t('sceneRecovering')}</p>}
    </div>
  );
}
