// All the furniture and objects of the house, merged per surface: a few draw calls whichever room is in view.
// Clicking a model opens its exhibit, like its hotspot does.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { InstancedMesh } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import type { House } from '../../../rooms/validate';
import { buildExhibits, type InstancedBatch } from './buildExhibits';
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
      args={[geometry.unitShapes.get(batch.shape)!, material, batch.matrices.length]}
    />
  );
}

export function ExhibitModels({ house }: { house: House }) {
  const geometry = useMemo(() => buildExhibits(house), [house]);
  const { materials, dispose } = useMemo(() => createExhibitMaterials(), []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => dispose, [dispose]);
  // Furniture stops a click, so the floor behind it is not walked to through a table.
  const stop = (e: ThreeEvent<MouseEvent>) => e.stopPropagation();
  return (
    <group name="exhibits" onClick={stop}>
      {[...geometry.merged].map(([surface, g]) => (
        <mesh key={surface} name={`exhibit-${surface}`} geometry={g} material={materials[surface]} />
      ))}
      {geometry.instanced.map((batch, i) => (
        <Instanced key={i} batch={batch} geometry={geometry} material={materials[batch.surface]} />
      ))}
    </group>
  );
}
