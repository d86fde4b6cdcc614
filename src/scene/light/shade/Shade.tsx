// The baked shade (bakeShade.ts) drawn over the house: one mesh a room (those out of view are culled),
// multiplying the colour already
// drawn under it by its vertices' light, so it needs no change to the house's own materials or shaders.
import { useEffect, useMemo, useState } from 'react';
import { AddEquation, BufferAttribute, BufferGeometry, CustomBlending, MeshBasicMaterial, SrcColorFactor, ZeroFactor } from 'three';
import { useThree } from '@react-three/fiber';
import { useTour } from '../../../state/tourStore';
import { eras } from '../../../content/eras';
import { bakeShadeByRoom } from './bakeShade';
import { noRaycast } from '../../ambience/ambienceMeshes';
import pieces from 'virtual:furnishing';
import { floorFootprints, piecesOfEra } from '../../furnishing/piecesOfEra';

/** Drawn before the other see-through things (hotspots, signs), so it never darkens them. */
const BEFORE_OTHER_OVERLAYS = -1;

function shadeMaterial(): MeshBasicMaterial {
  return new MeshBasicMaterial({
    vertexColors: true,
    transparent: true,
    depthWrite: false,
    // What is drawn = what was there × the shade's colour.
    blending: CustomBlending,
    blendEquation: AddEquation,
    blendSrc: ZeroFactor,
    blendDst: SrcColorFactor,
    // Drawn on the surfaces it lies on (4 mm off), never through them.
    polygonOffset: true,
    polygonOffsetFactor: -1,
    polygonOffsetUnits: -4,
    toneMapped: false,
  });
}

export default function Shade() {
  const house = useTour((s) => s.house);
  const era = useTour((s) => s.era);
  const night = eras.find((e) => e.id === era)?.light === 'night';
  const invalidate = useThree((s) => s.invalidate);
  const [material] = useState(shadeMaterial);
  const geometries = useMemo(
    () =>
      // The furnishing's floor pieces shade the floor under them as the exhibits do.
      bakeShadeByRoom(house, night, floorFootprints(piecesOfEra(pieces, house, era))).map((baked) => {
        const g = new BufferGeometry();
        g.setAttribute('position', new BufferAttribute(baked.positions, 3));
        g.setAttribute('color', new BufferAttribute(baked.colours, 3));
        g.setIndex(new BufferAttribute(baked.indices, 1));
        g.computeBoundingSphere();
        return g;
      }),
    [house, night, era],
  );
  useEffect(() => {
    invalidate();
    return () => geometries.forEach((g) => g.dispose());
  }, [geometries, invalidate]);
  useEffect(() => () => material.dispose(), [material]);
  return (
    <group name="shade">
      {geometries.map((g, i) => (
        <mesh key={i} geometry={g} material={material} renderOrder={BEFORE_OTHER_OVERLAYS} raycast={noRaycast} />
      ))}
    </group>
  );
}
