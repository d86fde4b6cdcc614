// Which painted texture each surface of the house wears. Plain data (no three), so the worker that builds the
// house can paint them too.
import type { Surface } from '../geometry/surfaces';
import { textures, type TextureSpec } from './proceduralTextures';

const WALL_COLOURS = {
  whitewash: '#ece6da',
  'ochre-plaster': '#d9b27c',
  'blue-plaster': '#9fbcd0',
  'green-plaster': '#a9bf9f',
} as const;

export const SURFACE_TEXTURES: Record<Surface, TextureSpec> = {
  'floor-grass': textures.grass(),
  'floor-wood': textures.wood('#8a5a36'),
  'floor-terracotta': textures.tiles('#b8643f', '#8e6b55', 4, 5),
  'floor-cement-tile': textures.cementTile(),
  'floor-concrete': textures.plaster('#a9a49b'),
  'wall-whitewash': textures.plaster(WALL_COLOURS.whitewash),
  'wall-ochre-plaster': textures.plaster(WALL_COLOURS['ochre-plaster']),
  'wall-blue-plaster': textures.plaster(WALL_COLOURS['blue-plaster']),
  'wall-green-plaster': textures.plaster(WALL_COLOURS['green-plaster']),
  'wall-brick': textures.brick(),
  'ceiling-plaster': textures.plaster('#f1ede4'),
  'ceiling-wood-beams': textures.plaster('#efe9dd'),
  'ceiling-tin': textures.tin(),
  exterior: textures.plaster('#efe4cf'),
  perimeter: textures.plaster('#b9825a'),
  roof: textures.roof(),
  brick: textures.brick(),
  metal: textures.metal(),
  wood: textures.wood('#6b4226'),
  earth: textures.earth(),
};

/** Each picture once, however many surfaces wear it. */
export const uniqueSurfaceTextures = (): TextureSpec[] => [...new Map(Object.values(SURFACE_TEXTURES).map((t) => [t.key, t])).values()];
