// The house as a few merged meshes, one per surface. Clicking a floor walks there; any other surface stops the
// click, so a floor behind a wall cannot be reached through it. A hotspot's dot, drawn over the walls, is the
// exception: a click on it reaches it even through a wall (a partition of the guards' house between the visitor and
// a dot they see).
import { useEffect, useMemo, useState } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import type { Object3D } from 'three';
import { isWalkableSurface, type Surface } from './geometry/surfaces';
import { createSurfaceMaterials } from './materials/surfaceMaterials';
import { tourStore } from '../state/tourStore';
import { endedADrag } from './endedADrag';
import type { HouseMeshData } from './prepare/houseMeshData';
import { toGeometry } from './prepare/meshArrays';
import { useShadowRefresh } from './light/shadowRefresh';

/** Whether an object is part of a hotspot (Hotspot.tsx marks its group with the exhibit's id). */
const inHotspot = (o: Object3D | null): boolean => !!o && (o.userData.exhibitId !== undefined || inHotspot(o.parent));

export function HouseModel({ meshes }: { meshes: HouseMeshData }) {
  const geometries = useMemo(() => new Map(meshes.surfaces.map(([surface, m]) => [surface, toGeometry(m)])), [meshes]);
  // Made once for the view's life: every era's house has the same surfaces, and painting and uploading their
  // textures again on each change of era was most of the change's time (an era's house built on the page has no
  // pictures from the worker, so its textures were painted afresh on the main thread).
  const [{ materials, dispose }] = useState(() => createSurfaceMaterials(new Map(meshes.pictures)));
  useEffect(() => () => geometries.forEach((g) => g.dispose()), [geometries]);
  useEffect(() => dispose, [dispose]);
  useShadowRefresh([geometries]);

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (e.intersections.some((hit) => inHotspot(hit.object))) return;
    e.stopPropagation();
    if (endedADrag(e)) return;
    const surface = e.object.userData.surface as Surface;
    if (isWalkableSurface(surface)) tourStore.getState().walkTo({ xM: e.point.x, zM: e.point.z });
  };

  return (
    <group name="house" onClick={onClick}>
      {[...geometries].map(([surface, geometry]) => (
        <mesh key={surface} name={surface} geometry={geometry} material={materials[surface]} userData={{ surface }} castShadow receiveShadow />
      ))}
    </group>
  );
}
