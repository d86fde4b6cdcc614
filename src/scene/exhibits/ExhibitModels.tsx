// All the furniture and objects of the house, merged per surface: a few draw calls whichever room is in view.
// Clicking a model opens its exhibit, like its hotspot does.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { BufferGeometry, InstancedMesh, MeshLambertMaterial } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import { exhibitAtTriangle } from './triangleRanges';
import { unitShape } from './unitShapes';
import { tourStore } from '../../state/tourStore';
import { endedADrag } from '../endedADrag';
import type { Part } from './parts';
import type { ExhibitSurface } from '../../models/palette';
import { createExhibitMaterials } from './exhibitMaterials';
import type { HouseMeshData, InstancedArrays } from '../prepare/houseMeshData';
import { toGeometry } from '../prepare/meshArrays';
import { useShadowRefresh } from '../light/shadowRefresh';

const MATRIX_FLOATS = 16;

function Instanced({ batch, geometry, material }: { batch: InstancedArrays; geometry: BufferGeometry; material: MeshLambertMaterial }) {
  const ref = useRef<InstancedMesh>(null);
  const count = batch.matrices.length / MATRIX_FLOATS;
  useLayoutEffect(() => {
    const mesh = ref.current!;
    mesh.instanceMatrix.array.set(batch.matrices);
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [batch]);
  return <instancedMesh ref={ref} name={`instanced-${batch.exhibitId}`} userData={{ exhibitId: batch.exhibitId }} args={[geometry, material, count]} castShadow receiveShadow />;
}

export function ExhibitModels({ meshes }: { meshes: HouseMeshData }) {
  const merged = useMemo(() => new Map(meshes.exhibits.map(([surface, m]) => [surface, toGeometry(m)])), [meshes]);
  const ranges = useMemo(() => new Map(meshes.exhibitRanges), [meshes]);
  // The unit shapes the instanced batches draw: a few dozen vertices each, made here.
  const units = useMemo(() => {
    const made = new Map<Part['shape'], BufferGeometry>();
    for (const b of meshes.instanced) if (!made.has(b.shape)) made.set(b.shape, unitShape(b.shape));
    return made;
  }, [meshes]);
  const { materials, dispose } = useMemo(() => createExhibitMaterials(), []);
  useEffect(
    () => () => {
      merged.forEach((g) => g.dispose());
      units.forEach((g) => g.dispose());
    },
    [merged, units],
  );
  useEffect(() => dispose, [dispose]);
  useShadowRefresh([merged, meshes.instanced]);
  // A click on an object opens its caption, like its hotspot; it also stops there, so the floor behind a table
  // is not walked to through it.
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (endedADrag(e)) return;
    const { surface, exhibitId } = e.object.userData as { surface?: ExhibitSurface; exhibitId?: string };
    const id = exhibitId ?? (surface && e.faceIndex != null ? exhibitAtTriangle(ranges.get(surface), e.faceIndex) : null);
    const store = tourStore.getState();
    // Objects of the room the visitor is in; those seen through a doorway are reached by going there.
    if (id && store.house.exhibits[id]?.roomId === store.roomId) store.openExhibit(id);
  };
  return (
    <group name="exhibits" onClick={onClick}>
      {[...merged].map(([surface, g]) => (
        <mesh key={surface} name={`exhibit-${surface}`} geometry={g} material={materials[surface]} userData={{ surface }} castShadow receiveShadow />
      ))}
      {meshes.instanced.map((batch, i) => (
        <Instanced key={i} batch={batch} geometry={units.get(batch.shape)!} material={materials[batch.surface]} />
      ))}
    </group>
  );
}
