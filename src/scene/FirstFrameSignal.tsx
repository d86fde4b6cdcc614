// Tells the store once a frame with the house in it has been drawn, so the loading screen can go.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { tourStore } from '../state/tourStore';

export function FirstFrameSignal() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    // Mounting inside the Suspense boundary means the house is in the scene; wait for the frame that draws it.
    let raf = requestAnimationFrame(() => {
      raf = requestAnimationFrame(() => tourStore.getState().setSceneReady(true));
    });
    invalidate();
    return () => cancelAnimationFrame(raf);
  }, [gl, invalidate]);
  return null;
}
