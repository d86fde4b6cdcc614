// All the furniture and objects of the house, merged per surface: a few draw calls whichever room is in view.
// Clicking a model opens its exhibit, like its hotspot does.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { InstancedMesh } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import type { House } from '../../../rooms/validate';
import { buildExhibits, exhibitAtTriangle, type InstancedBatch } from './buildExhibits';
import { tourStore } from '../../state/tourStore';
import { endedADrag } from '../endedADrag';
import type { ExhibitSurface } from './parts';
import { createExhibitMaterials } from './exhibitMaterials';
import type { ExhibitGeometry } from './buildExhibits';
import type { MeshLambertMaterial } from 'three';

function Instanced({ batch, geometry, material }: { batch: InstancedBatch; geometry: ExhibitGeometry; material: MeshLambertMaterial }) {
  const ref = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const mesh = ref.current!;
    batch.matrices.forEach((m, i) => mesh.setMatrixAt(i, m));
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [batch]);
  return (
    <instancedMesh
      ref={ref}
      name={`instanced-${batch.exhibitId}`}
      userData={{ exhibitId: batch.exhibitId }}
      args={[geometry.unitShapes.get(batch.shape)!, material, batch.matrices.length]}
    />
  );
}

export function ExhibitModels({ house }: { house: House }) {
  const geometry = useMemo(() => buildExhibits(house), [house]);
  const { materials, dispose } = useMemo(() => createExhibitMaterials(), []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => dispose, [dispose]);
  // A click on an object opens its caption, like its hotspot; it also stops there, so the floor behind a table
  // is not walked to through it.
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (endedADrag(e)) return;
    const { surface, exhibitId } = e.object.userData as { surface?: ExhibitSurface; exhibitId?: string };
    const id = exhibitId ?? (surface && e.faceIndex != null ? exhibitAtTriangle(geometry.ranges.get(surface), e.faceIndex) : null);
    const store = tourStore.getState();
    // Objects of the room the visitor is in; those seen through a doorway are reached by going there.
    if (id && store.house.exhibits[id]?.roomId === store.roomId) store.openExhibit(id);
  };
  return (
    <group name="exhibits" onClick={onClick}>
      {[...geometry.merged].map(([surface, g]) => (
        <mesh key={surface} name={`exhibit-${surface}`} geometry={g} material={materials[surface]} userData={{ surface }} />
      ))}
      {geometry.instanced.map((batch, i) => (
        <Instanced key={i} batch={batch} geometry={geometry} material={materials[batch.surface]} />
      ))}
    </group>
  );
}
