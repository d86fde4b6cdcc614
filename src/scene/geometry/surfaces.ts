// The surfaces the house is built of, one merged mesh and one material each. Apart from the builder, so the page
// can name them without carrying the code that builds them (that runs in a worker).
import type { Ceiling, FloorFinish, WallFinish } from '../../../rooms/schema';

export type Surface =
  | `floor-${FloorFinish}`
  | `wall-${WallFinish}`
  | `ceiling-${Exclude<Ceiling, 'open-sky'>}`
  | 'exterior'
  | 'perimeter'
  | 'roof'
  | 'brick'
  | 'metal'
  | 'wood'
  | 'earth';

/** Surfaces a visitor can click to walk onto. */
export const isWalkableSurface = (s: Surface) => s.startsWith('floor-') || s === 'earth';
