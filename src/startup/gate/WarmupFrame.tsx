// Draws the whole house once, out-of-view objects included, as soon as the view is ready. The GPU builds a
// material's program the first time something drawn with it comes into view, and the frame that does so waits
// for it: objects first met in another room made that room's first frame stall (1–3 s through a doorway under
// SwiftShader, guards' house → garden; under 100 ms with this frame). The extra frame shows the same picture; what
// lies outside the view is clipped. Measure `warmup-frame`: no effect on Lighthouse (which never goes through a
// doorway); it is for the first frame through one.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { Object3D } from 'three';
import { useStartup } from '../startupStore';
import { renderUnculled } from '../gpu/renderUnculled';

/** After the loading screen has gone, so the first frames are not delayed. */
const WARMUP_DELAY_MS = 100;

export function WarmupFrame() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const ready = useStartup((s) => s.ready);
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => {
      const everything: Object3D[] = [];
      scene.traverse((o) => void everything.push(o));
      renderUnculled(gl, scene, camera, everything);
    }, WARMUP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [ready, gl, scene, camera]);
  return null;
}
