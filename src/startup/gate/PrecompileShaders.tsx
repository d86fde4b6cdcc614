// Inside the gate, until the house is compiled: gets the GPU ready for it (gpu/prepareGpu.ts), then says so.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { prepareGpu } from '../gpu/prepareGpu';
import { startupStore } from '../startupStore';

export function PrecompileShaders({ onCompiled }: { onCompiled(): void }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    let live = true;
    void prepareGpu(gl, scene, camera, () => live, startupStore.getState().stepDone).then(() => live && onCompiled());
    return () => {
      live = false;
    };
  }, [gl, scene, camera, onCompiled]);
  return null;
}
