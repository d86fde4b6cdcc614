// A divided room's inside walls as plan geometry: the solid stretches of each partition and its door gaps, which
// small room a point is in, and the way from one small room to another through the gaps. Shared by validation,
// walking, the mesh builder and the room panel, like the rest of plan/.
import type { Footprint, Point, Room, SmallRoom } from '../../rooms/schema';
import { WALL_HALF_THICKNESS_M as T } from './constants';
import { contains } from './geometry';

/** A partition's door gap is this high, like the house's doors; a lintel closes the wall above it. */
export const PARTITION_DOOR_HEIGHT_M = 2.1;
/** A route crosses a gap between points this far either side of the wall's centre line, square to it. */
const CROSSING_M = 0.5;

export interface Gap {
  /** The gap's floor, the wall's thickness deep: its lintel stands on it. */
  rect: Footprint;
  /** Its centre on the wall's centre line, and the unit vector across the wall. */
  at: Point;
  across: Point;
}

export interface PartitionPlan {
  /** The walls' solid stretches, full height, each the house's wall thickness. */
  solids: Footprint[];
  gaps: Gap[];
}

const plans = new WeakMap<Room, PartitionPlan>();

/** The room's partitions cut at their door gaps, once per room (none for an undivided room). */
export function partitionPlan(room: Room): PartitionPlan {
  let plan = plans.get(room);
  if (plan) return plan;
  plan = { solids: [], gaps: [] };
  for (const { from, to, doors } of room.partitions?.walls ?? []) {
    const eastward = from.zM === to.zM;
    const rect = (a0: number, a1: number): Footprint =>
      eastward
        ? { xM: from.xM + a0, zM: from.zM - T, widthM: a1 - a0, depthM: 2 * T }
        : { xM: from.xM - T, zM: from.zM + a0, widthM: 2 * T, depthM: a1 - a0 };
    let cursor = 0;
    for (const { alongM, widthM } of [...doors].sort((a, b) => a.alongM - b.alongM)) {
      if (alongM - widthM / 2 > cursor) plan.solids.push(rect(cursor, alongM - widthM / 2));
      plan.gaps.push({
        rect: rect(alongM - widthM / 2, alongM + widthM / 2),
        at: eastward ? { xM: from.xM + alongM, zM: from.zM } : { xM: from.xM, zM: from.zM + alongM },
        across: eastward ? { xM: 0, zM: 1 } : { xM: 1, zM: 0 },
      });
      cursor = alongM + widthM / 2;
    }
    const lengthM = eastward ? to.xM - from.xM : to.zM - from.zM;
    if (lengthM > cursor) plan.solids.push(rect(cursor, lengthM));
  }
  plans.set(room, plan);
  return plan;
}

const smallRoomIndex = (room: Room, p: Point) => room.partitions?.rooms.findIndex((r) => contains(r.area, p)) ?? -1;

/** The small room of a divided room that holds `p`, if any. */
export const smallRoomAt = (room: Room, p: Point): SmallRoom | undefined => room.partitions?.rooms[smallRoomIndex(room, p)];

const offGap = (g: Gap, m: number): Point => ({ xM: g.at.xM + g.across.xM * m, zM: g.at.zM + g.across.zM * m });

/** The small rooms on either side of a gap (-1 where none). */
export const gapSides = (room: Room, g: Gap): [number, number] => [
  smallRoomIndex(room, offGap(g, -CROSSING_M)),
  smallRoomIndex(room, offGap(g, CROSSING_M)),
];

/**
 * The points to pass, in order, to walk from `from` to `to` inside one divided room: either side of each door gap
 * on the fewest gaps' way between their small rooms (breadth first). Empty when both lie in the same small room,
 * the room is not divided, or no way leads there.
 */
export function gapCrossings(room: Room, from: Point, to: Point): Point[] {
  const start = smallRoomIndex(room, from);
  const goal = smallRoomIndex(room, to);
  const via = new Map<number, Point[]>([[start, []]]);
  const queue = [start];
  for (let r; start >= 0 && (r = queue.shift()) !== undefined; ) {
    if (r === goal) return via.get(r)!;
    for (const g of partitionPlan(room).gaps) {
      const sides = gapSides(room, g);
      for (const s of [0, 1])
        if (sides[s] === r && !via.has(sides[1 - s])) {
          const sign = s ? -1 : 1;
          via.set(sides[1 - s], [...via.get(r)!, offGap(g, -sign * CROSSING_M), offGap(g, sign * CROSSING_M)]);
          queue.push(sides[1 - s]);
        }
    }
  }
  return [];
}
