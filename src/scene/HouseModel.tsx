// The house as a few merged meshes, one per surface. Clicking a floor walks there; any other surface stops the
// click, so a floor behind a wall cannot be reached through it.
import { useEffect, useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import type { House } from '../../rooms/validate';
import { buildHouse, isWalkableSurface, type Surface } from './geometry/buildHouse';
import { createSurfaceMaterials } from './materials/surfaceMaterials';
import { tourStore } from '../state/tourStore';
import { endedADrag } from './endedADrag';

export function HouseModel({ house }: { house: House }) {
  const geometries = useMemo(() => buildHouse(house), [house]);
  const { materials, dispose } = useMemo(() => createSurfaceMaterials(), []);
  useEffect(() => () => geometries.forEach((g) => g.dispose()), [geometries]);
  useEffect(() => dispose, [dispose]);

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (endedADrag(e)) return;
    const surface = e.object.userData.surface as Surface;
    if (isWalkableSurface(surface)) tourStore.getState().walkTo({ xM: e.point.x, zM: e.point.z });
  };

  return (
    <group name="house" onClick={onClick}>
      {[...geometries].map(([surface, geometry]) => (
        <mesh key={surface} name={surface} geometry={geometry} material={materials[surface]} userData={{ surface }} />
      ))}
    </group>
  );
}
