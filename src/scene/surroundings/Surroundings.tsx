// What is seen over the garden's walls (rooms/surroundings.ts, placed on the site at build time and fetched with
// the ambience): two meshes sharing one material, the town (ground, streets, neighbours' houses, painted street
// names) and the trees. Lit by the scene's lights like the house, so the night darkens them too; only the trees
// cast, into the garden, and the sun's shadow map is drawn again once when they arrive. Nothing here is clickable.
import { useEffect, useMemo, useState } from 'react';
import { MeshLambertMaterial } from 'three';
import { useThree } from '@react-three/fiber';
import surroundings from 'virtual:surroundings';
import { useTour } from '../../state/tourStore';
import { useShadowRefresh } from '../light/shadowRefresh';
import { buildTown, buildTrees, signsShownIn } from './buildSurroundings';
import { paintSignAtlas } from './streetSigns';
import { AFTER_THE_HOUSE, noRaycast } from '../ambience/ambienceMeshes';


export default function Surroundings() {
  // The signs are the only part that differs between eras (a street's name in some eras only): the town is built
  // again only when an era shows other signs.
  const shown = useTour((s) => signsShownIn(surroundings, s.era));
  const invalidate = useThree((s) => s.invalidate);
  const [atlas] = useState(() => paintSignAtlas(surroundings.signs));
  const [material] = useState(() => new MeshLambertMaterial({ vertexColors: true, map: atlas.texture }));
  const town = useMemo(() => buildTown(surroundings, shown, atlas).geometry, [shown, atlas]);
  const [trees] = useState(() => buildTrees(surroundings, atlas.white).geometry);
  useShadowRefresh([trees]);
  useEffect(() => {
    invalidate();
    return () => town.dispose();
  }, [town, invalidate]);
  useEffect(
    () => () => {
      trees.dispose();
      material.dispose();
      atlas.texture?.dispose();
    },
    [trees, material, atlas],
  );
  return (
    <>
      <mesh name="surroundings-town" geometry={town} material={material} renderOrder={AFTER_THE_HOUSE} receiveShadow raycast={noRaycast} />
      <mesh name="surroundings-trees" geometry={trees} material={material} renderOrder={AFTER_THE_HOUSE} castShadow receiveShadow raycast={noRaycast} />
    </>
  );
}
