// The sun's shadow map is drawn once, not every frame: nothing that casts a shadow moves while a visitor walks
// (the renderer's shadowMap.autoUpdate is off, see Scene.tsx). Whatever changes a caster (another era's house, the
// furnishing or the surroundings arriving, day turning to night) asks for one redraw here.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';

/** Redraws the shadow map with the next frame whenever one of `deps` changes (and once when mounted). */
export function useShadowRefresh(deps: readonly unknown[]): void {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    gl.shadowMap.needsUpdate = true;
    invalidate();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [gl, invalidate, ...deps]);
}
