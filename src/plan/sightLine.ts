// Whether the furniture leaves the view from a standing eye to an exhibit's hotspot open: a bed or a desk below the
// line of sight does not hide the wall behind it, a 1.9 m bookcase in front of a dictating machine does. Walls are
// not its concern: a viewing spot already has a clear line on foot to the floor in front of the object.
import type { House } from '../../rooms/validate';
import type { Footprint, Point } from '../../rooms/schema';
import { hotspotPosition } from '../scene/hotspotPosition';
import { EYE_HEIGHT_M } from './constants';
import { modelRectangle } from './modelRectangle';

/** The part [t0, t1] of the segment a → b (t from 0 to 1) over a rectangle, or null when it misses it. */
function overRectangle(a: Point, b: Point, r: Footprint): [number, number] | null {
  let t0 = 0;
  let t1 = 1;
  for (const [p, d, lo, hi] of [
    [a.xM, b.xM - a.xM, r.xM, r.xM + r.widthM],
    [a.zM, b.zM - a.zM, r.zM, r.zM + r.depthM],
  ]) {
    if (Math.abs(d) < 1e-12) {
      if (p < lo || p > hi) return null;
      continue;
    }
    const ta = (lo - p) / d;
    const tb = (hi - p) / d;
    t0 = Math.max(t0, Math.min(ta, tb));
    t1 = Math.min(t1, Math.max(ta, tb));
    if (t0 > t1) return null;
  }
  return [t0, t1];
}

/** True when no other model of the exhibit's room stands across the line from the eye at `from` to its hotspot. */
export function sightClear(house: House, from: Point, exhibitId: string): boolean {
  const { roomId, exhibit } = house.exhibits[exhibitId];
  const [x, y, z] = hotspotPosition(exhibit);
  const to = { xM: x, zM: z };
  const heightAt = (t: number) => EYE_HEIGHT_M + (y - EYE_HEIGHT_M) * t;
  for (const other of house.rooms[roomId].exhibits) {
    if (other.id === exhibitId || other.model.kind === 'marker') continue;
    const over = overRectangle(from, to, modelRectangle(other));
    if (!over) continue;
    // The line is straight, so over the rectangle it runs between its heights at the two edges.
    const low = Math.min(heightAt(over[0]), heightAt(over[1]));
    const high = Math.max(heightAt(over[0]), heightAt(over[1]));
    if (low <= other.model.yM + other.model.size.heightM && high >= other.model.yM) return false;
  }
  return true;
}
