// How much of the room's light reaches a point, in three parts multiplied together, each 0 (black) … 1 (as lit):
// the openings' light falling off into the room, the soft occlusion where surfaces meet, and the contact shade
// under furniture. Values are plain figures tuned by eye against the shots in the closing note of issue 14:
// the middle of a 5 m room two metres from its only window comes to ≈ 0.7, its corners to ≈ 0.45.
import type { Footprint } from '../../../../rooms/schema';

/** Far from any opening, by day: the light the walls and floor bounce round a barred room. */
export const DAY_BASE = 0.6;
/** By night the lamp, not the windows, lights the room: no fall-off from them. */
export const NIGHT_BASE = 0.9;
/** Metres over which an opening's light falls to a third. */
const OPENING_REACH_M = 2.1;

/** A source of daylight in a wall: its centre just inside the room, and how much it lets in (0 … 1.5). */
export interface Opening {
  x: number;
  y: number;
  z: number;
  weight: number;
}

export function openingLight(openings: readonly Opening[], x: number, y: number, z: number): number {
  let sum = 0;
  for (const o of openings) sum += o.weight * Math.exp(-Math.hypot(x - o.x, y - o.y, z - o.z) / OPENING_REACH_M);
  return DAY_BASE + (1 - DAY_BASE) * Math.min(1, sum);
}

/** Darkest where two surfaces meet (a third of the light gone), half of that 12 cm away. */
const OCCLUSION_DEPTH = 0.34;
const OCCLUSION_REACH_M = 0.17;

/** The occlusion of one meeting edge `distanceM` away. */
export const edgeOcclusion = (distanceM: number) => 1 - OCCLUSION_DEPTH * Math.exp(-Math.max(0, distanceM) / OCCLUSION_REACH_M);

/** Under a piece of furniture half the light is gone; 15 cm outside its footprint, a bit over a fifth. */
const CONTACT_DEPTH = 0.5;
const CONTACT_REACH_M = 0.2;

export function contactShade(footprints: readonly Footprint[], x: number, z: number): number {
  let shade = 1;
  for (const f of footprints) {
    const dx = Math.max(f.xM - x, 0, x - (f.xM + f.widthM));
    const dz = Math.max(f.zM - z, 0, z - (f.zM + f.depthM));
    const d = Math.hypot(dx, dz);
    if (d < 1) shade *= 1 - CONTACT_DEPTH * Math.exp(-d / CONTACT_REACH_M);
  }
  return shade;
}

/** How far out from a footprint its contact shade is drawn on open ground. */
export const CONTACT_MARGIN_M = 0.6;
