// The rooms' furnishing (rooms/furnishing/), as the current era's house has it: one mesh, one material, one draw
// call. Not clickable (a click goes through it to the floor or the exhibit behind), it takes the sun's shadows
// and casts its own into the shadow map, which is drawn again only when the pieces change (era).
import { useEffect, useMemo, useState } from 'react';
import { MeshLambertMaterial } from 'three';
import { useThree } from '@react-three/fiber';
import pieces from 'virtual:furnishing';
import { useTour } from '../../state/tourStore';
import { useShadowRefresh } from '../light/shadowRefresh';
import { buildFurnishing } from './buildFurnishing';
import { piecesOfEra } from './piecesOfEra';

const noRaycast = () => {};

export function Furnishing() {
  const house = useTour((s) => s.house);
  const era = useTour((s) => s.era);
  const invalidate = useThree((s) => s.invalidate);
  const geometry = useMemo(() => buildFurnishing(piecesOfEra(pieces, house, era)), [house, era]);
  const [material] = useState(() => new MeshLambertMaterial({ vertexColors: true }));
  useEffect(() => {
    invalidate();
    return () => geometry?.dispose();
  }, [geometry, invalidate]);
  useEffect(() => () => material.dispose(), [material]);
  useShadowRefresh([geometry]);
  if (!geometry) return null;
  return <mesh name="furnishing" geometry={geometry} material={material} castShadow receiveShadow raycast={noRaycast} />;
}
