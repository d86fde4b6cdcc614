// The colours the surroundings are drawn in (sRGB, as a painter would name them): a dusty town under a dry-season
// sun. Lit by the scene's own lights, so at night they fall dark with everything else.
import type { Finish } from '../../../rooms/schema/surroundings';

export const FINISH_COLOURS: Record<Finish, string> = {
  'lime-white': '#e4dccb',
  ochre: '#d2a35f',
  rose: '#cf8f80',
  terracotta: '#b0654a',
  'blue-grey': '#8fa0ad',
};

export const SURROUNDINGS_COLOURS = {
  /** The flat roofs (azoteas): weathered cement. */
  roof: '#a39a8c',
  /** Doors and windows on the fronts: dark openings. */
  opening: '#3b332c',
  /** The ground between houses, and the streets' packed earth and stone. */
  ground: '#a08c6c',
  street: '#8a8274',
  trunk: '#5b4633',
  /** Leaf greens, one picked per tree. */
  leaves: ['#4f6b34', '#5d7a3a', '#46612f', '#667f3f', '#3f5a2e'],
  /** A cypress is darker. */
  cypress: '#34492a',
} as const;
