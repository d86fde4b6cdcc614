// One material per surface of the house, made once and shared by every mesh that uses it.
import { MeshLambertMaterial, type Texture } from 'three';
import type { Surface } from '../geometry/buildHouse';
import { textures } from './proceduralTextures';

const WALL_COLOURS = {
  whitewash: '#ece6da',
  'ochre-plaster': '#d9b27c',
  'blue-plaster': '#9fbcd0',
  'green-plaster': '#a9bf9f',
  brick: '#b5664a',
} as const;

type SurfaceMaterials = Record<Surface, MeshLambertMaterial>;

export function createSurfaceMaterials(): { materials: SurfaceMaterials; dispose: () => void } {
  const made: Texture[] = [];
  const tex = (t: Texture) => (made.push(t), t);
  const lambert = (map: Texture, extra: { emissive?: string } = {}) => new MeshLambertMaterial({ map: tex(map), ...extra });
  const plaster = (c: string) => lambert(textures.plaster(c));

  const materials: SurfaceMaterials = {
    'floor-grass': lambert(textures.grass()),
    'floor-wood': lambert(textures.wood('#8a5a36')),
    'floor-terracotta': lambert(textures.tiles('#b8643f', '#8e6b55', 4, 5)),
    'floor-cement-tile': lambert(textures.cementTile()),
    'floor-concrete': plaster('#a9a49b'),
    'wall-whitewash': plaster(WALL_COLOURS.whitewash),
    'wall-ochre-plaster': plaster(WALL_COLOURS['ochre-plaster']),
    'wall-blue-plaster': plaster(WALL_COLOURS['blue-plaster']),
    'wall-green-plaster': plaster(WALL_COLOURS['green-plaster']),
    'wall-brick': lambert(textures.brick()),
    'ceiling-plaster': plaster('#f1ede4'),
    'ceiling-wood-beams': plaster('#efe9dd'),
    'ceiling-tin': lambert(textures.tin()),
    exterior: plaster('#efe4cf'),
    perimeter: plaster('#b9825a'),
    roof: lambert(textures.roof()),
    brick: lambert(textures.brick()),
    metal: lambert(textures.metal()),
    wood: lambert(textures.wood('#6b4226')),
    earth: lambert(textures.earth()),
  };
  return {
    materials,
    dispose() {
      for (const m of Object.values(materials)) m.dispose();
      for (const t of made) t.dispose();
    },
  };
}
