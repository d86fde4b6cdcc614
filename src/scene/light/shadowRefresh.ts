// The sun's shadow map is drawn once, not every frame: nothing that casts a shadow moves while a visitor walks
// (the renderer's shadowMap.autoUpdate is off, see Scene.tsx). Whatever changes a caster (another era's house, the
// furnishing or the surroundings arriving, day turning to night) asks for one redraw here; so does a WebGL
// context the browser restores, whose shadow map comes back empty (three keeps `needsUpdate` as it was, false).
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';

/**
 * Redraws the shadow map with the next frame drawn whenever one of `deps` changes (and once when mounted). It asks
 * for no frame itself: whatever changed a caster is drawn anyway, and frames asked for while the start-up gate
 * mounts the house in slices were whole frames drawn before the first one (Lighthouse's blocking time 0.3 → 3.2 s).
 */
export function useShadowRefresh(deps: readonly unknown[]): void {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    gl.shadowMap.needsUpdate = true;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [gl, ...deps]);
}

/** Redraws the shadow map once a lost context is back (mounted once, by the light that casts). */
export function useShadowRefreshOnRestore(): void {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    const restored = () => {
      gl.shadowMap.needsUpdate = true;
      invalidate();
    };
    canvas.addEventListener('webglcontextrestored', restored);
    return () => canvas.removeEventListener('webglcontextrestored', restored);
  }, [gl, invalidate]);
}
