// Whether the view from a standing eye to an exhibit's hotspot is open: a bed or a desk below the line of sight does
// not hide the wall behind it, a 1.9 m bookcase in front of a dictating machine does; and out of doors, a line to
// something up on a roof (a watchtower) must pass over the roofs between. The outer walls of the room one stands in
// are not its concern (a viewing spot has a clear line on foot to the floor in front of the object), but the
// partitions inside a divided room are: a line on foot may bend through a door gap where a line of sight may not.
import type { House } from '../../rooms/validate';
import type { Footprint, Point } from '../../rooms/schema';
import { ROOF_SLAB_M } from '../scene/geometry/floorsCeilingsRoofs';
import { hotspotPosition } from '../scene/hotspotPosition';
import { EYE_HEIGHT_M } from './constants';
import { contains } from './geometry';
import { modelRectangle } from './modelRectangle';
import { PARTITION_DOOR_HEIGHT_M, partitionPlan } from './partitions';

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

/** Whether the line of sight from `from` to `to` (at `heightAt(t)`, t from 0 to 1) passes through a box standing
 *  on `r` from `baseM` to `topM` high. */
function crosses(from: Point, to: Point, r: Footprint, heightAt: (t: number) => number, baseM: number, topM: number) {
  const over = overRectangle(from, to, r);
  if (!over) return false;
  // The line is straight, so over the rectangle it runs between its heights at the two edges.
  const low = Math.min(heightAt(over[0]), heightAt(over[1]));
  const high = Math.max(heightAt(over[0]), heightAt(over[1]));
  return low <= topM && high >= baseM;
}

/** True when no other model of the exhibit's room, no partition (nor the wall over a gap in one), nor a building
 *  other than the one `from` stands in, stands across the line from the eye at `from` to the exhibit's hotspot. */
export function sightClear(house: House, from: Point, exhibitId: string): boolean {
  const { roomId, exhibit } = house.exhibits[exhibitId];
  const [x, y, z] = hotspotPosition(exhibit);
  const to = { xM: x, zM: z };
  const heightAt = (t: number) => EYE_HEIGHT_M + (y - EYE_HEIGHT_M) * t;
  for (const other of house.rooms[roomId].exhibits) {
    if (other.id === exhibitId || other.model.kind === 'marker') continue;
    const { yM, size } = other.model;
    if (crosses(from, to, modelRectangle(other), heightAt, yM, yM + size.heightM)) return false;
  }
  for (const id of house.order) {
    const room = house.rooms[id];
    const { solids, gaps } = partitionPlan(room);
    if (solids.some((s) => crosses(from, to, s, heightAt, 0, room.wallHeightM))) return false;
    if (gaps.some((g) => crosses(from, to, g.rect, heightAt, PARTITION_DOOR_HEIGHT_M, room.wallHeightM))) return false;
    if (room.kind !== 'indoor' || contains(room.footprint, from)) continue;
    if (crosses(from, to, room.footprint, heightAt, 0, room.wallHeightM + ROOF_SLAB_M)) return false;
  }
  return true;
}
