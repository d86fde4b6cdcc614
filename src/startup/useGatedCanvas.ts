// The Canvas' side of the start-up gate (StartupGate.tsx): what the scene's Canvas takes from it.
import { useCallback, useMemo, useState } from 'react';
import { rendererWith, type RendererOptions } from './gpu/createRenderer';
import { useContextRecovery } from '../scene/ContextLossGuard';

export interface GatedCanvas {
  /** The Canvas' key: it changes when the view must start afresh (a lost context never restored). */
  key: number;
  /** No frame is drawn until the house is compiled on this canvas; then frames are drawn on demand. */
  frameloop: 'never' | 'demand';
  /** The Canvas' `gl`: the renderer, made in a task of its own at its final size (gpu/createRenderer.ts). */
  gl: ReturnType<typeof rendererWith>;
  /** The context is lost and not yet back, for the scene's notice. */
  lost: boolean;
  /** For StartupGate, inside the Canvas. */
  compiled: boolean;
  onCompiled(): void;
  onLostChange(lost: boolean): void;
}

export function useGatedCanvas(renderer: RendererOptions): GatedCanvas {
  const recovery = useContextRecovery();
  // A renderer that could not be made is thrown here, where SceneBoundary catches it and tells the tour in text.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  if (failure) throw failure.error;
  // Made once: the options are the first render's (a fresh canvas after a lost context is made the same way).
  const gl = useMemo(() => rendererWith(renderer, (error) => setFailure({ error })), []);
  // Which canvas has its programs built: a fresh canvas after a lost context builds again.
  const [compiledCanvas, setCompiledCanvas] = useState<number | null>(null);
  const compiled = __STARTUP_OFF__.shaderPrecompile || compiledCanvas === recovery.canvasKey;
  const onCompiled = useCallback(() => setCompiledCanvas(recovery.canvasKey), [recovery.canvasKey]);
  return {
    key: recovery.canvasKey,
    frameloop: compiled ? 'demand' : 'never',
    gl,
    lost: recovery.lost,
    compiled,
    onCompiled,
    onLostChange: recovery.onLostChange,
  };
}
