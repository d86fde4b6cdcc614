// The rooms' furnishing (rooms/furnishing/), as the current era's house has it: one mesh, one material, one draw
// call. Not clickable (a click goes through it to the floor or the exhibit behind), it takes the sun's shadows
// and casts its own into the shadow map, which is drawn again only when the pieces change (era).
import { useEffect, useMemo, useRef, useState } from 'react';
import { AFTER_THE_HOUSE, noRaycast } from '../ambience/ambienceMeshes';
import { MeshLambertMaterial, type Mesh } from 'three';
import { useThree } from '@react-three/fiber';
import pieces from 'virtual:furnishing';
import { useTour } from '../../state/tourStore';
import { useShadowRefresh } from '../light/shadowRefresh';
import { buildFurnishing } from './buildFurnishing';
import { piecesOfEra } from './piecesOfEra';


export function Furnishing() {
  const house = useTour((s) => s.house);
  const era = useTour((s) => s.era);
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const geometry = useMemo(() => buildFurnishing(piecesOfEra(pieces, house, era)), [house, era]);
  const [material] = useState(() => new MeshLambertMaterial({ vertexColors: true }));
  const mesh = useRef<Mesh>(null);
  // Its shader program is new to the view: compiled apart, and the mesh shown once it is ready, so its first frame
  // does not stall (a visitor may be crossing a doorway as the ambience arrives).
  const [compiled, setCompiled] = useState(false);
  useEffect(() => {
    const m = mesh.current;
    if (compiled || !m) return;
    let live = true;
    gl.compileAsync(m, camera, scene)
      .catch(() => {})
      .finally(() => live && setCompiled(true));
    return () => {
      live = false;
    };
  }, [compiled, geometry, gl, camera, scene]);
  useEffect(() => {
    invalidate();
    return () => geometry?.dispose();
  }, [geometry, invalidate]);
  useEffect(() => () => material.dispose(), [material]);
  useShadowRefresh([geometry, compiled]);
  if (!geometry) return null;
  return (
    <mesh
      ref={mesh}
      name="furnishing"
      visible={compiled}
      geometry={geometry}
      material={material}
      renderOrder={AFTER_THE_HOUSE}
      castShadow
      receiveShadow
      raycast={noRaycast}
    />
  );
}
