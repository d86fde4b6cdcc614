// Draws the whole house once, out-of-view objects included, as soon as the first frame is up. The GPU builds a
// material's program the first time something drawn with it comes into view, and the frame that does so waits
// for it: objects first met in another room made that room's first frame stall (up to a second through a doorway
// with a software GPU: guards' house → garden). The extra frame shows the same picture; what lies outside the view
// is clipped.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { Object3D } from 'three';
import { useTour } from '../state/tourStore';

/** After the loading screen has gone, so the first frames are not delayed. */
const WARMUP_DELAY_MS = 100;

export function ShaderWarmup() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const ready = useTour((s) => s.sceneReady);
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => {
      const culled: Object3D[] = [];
      scene.traverse((o) => {
        if (!o.frustumCulled) return;
        o.frustumCulled = false;
        culled.push(o);
      });
      try {
        gl.render(scene, camera);
      } finally {
        for (const o of culled) o.frustumCulled = true;
      }
    }, WARMUP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [ready, gl, scene, camera]);
  return null;
}
