// Says the view is ready once a frame with the house in it has been drawn, so the loading screen can go.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { startupStore } from '../startupStore';

export function FirstFrameSignal() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    // Mounted once the house is compiled and in the scene; wait for the frame that draws it.
    let raf = requestAnimationFrame(() => {
      raf = requestAnimationFrame(() => startupStore.getState().stepDone('frame'));
    });
    // The sun's shadow map is drawn only when asked (scene/light/shadowRefresh.ts); frames drawn while the house
    // was mounted in slices may have drawn it with part of the house missing, on this canvas or a fresh one.
    gl.shadowMap.needsUpdate = true;
    invalidate();
    return () => cancelAnimationFrame(raf);
  }, [gl, invalidate]);
  return null;
}
