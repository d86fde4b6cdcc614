// Plans how the visitor gets somewhere: a glide along waypoints through doorways, or a cut straight there when
// the way is not clear or the visitor prefers reduced motion.
import type { House } from '../../rooms/validate';
import type { Point, RoomId } from '../../rooms/schema';
import { headingTowardsDeg } from './geometry';
import { ARRIVAL_DEPTH_M } from './constants';
import { clearLine, roomAt } from './walkable';
import { gapCrossings } from './partitions';

export interface Pose {
  xM: number;
  zM: number;
  /** Degrees clockwise from north (−z). */
  headingDeg: number;
  pitchDeg: number;
}

export interface Travel {
  kind: 'glide' | 'cut';
  /** Only turning on the spot (to face an object): a newer turn may replace it. */
  turnOnly?: boolean;
  /** Points to pass through after the current position; the last is where the travel ends. */
  waypoints: Point[];
  end: Pose;
}

/** How far before a doorway a glide lines up with it. */
const APPROACH_M = 0.7;

/** The rooms to pass through, `from` and `to` included, by breadth-first search over the doorway graph. */
export function roomPath(house: House, from: RoomId, to: RoomId): RoomId[] | null {
  const previous = new Map<RoomId, RoomId | null>([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === to) break;
    for (const exit of house.exits[id])
      if (!previous.has(exit.to)) previous.set(exit.to, id), queue.push(exit.to);
  }
  if (!previous.has(to)) return null;
  const path: RoomId[] = [];
  for (let id: RoomId | null = to; id; id = previous.get(id) ?? null) path.unshift(id);
  return path;
}

/** The points on either side of the doorway between two adjacent rooms, in walking order. */
function doorwayCrossing(house: House, from: RoomId, to: RoomId, arrivalDepthM: number): Point[] {
  const { doorway } = house.exits[from].find((e) => e.to === to)!;
  const sign = doorway.owner === from ? 1 : -1;
  const ox = doorway.outward.xM * sign;
  const oz = doorway.outward.zM * sign;
  const c = doorway.centre;
  return [
    { xM: c.xM - ox * APPROACH_M, zM: c.zM - oz * APPROACH_M },
    { xM: c.xM + ox * arrivalDepthM, zM: c.zM + oz * arrivalDepthM },
  ];
}

/** The waypoints with, between two in the same divided room, the door gaps to pass on the way (partitions.ts). */
function throughGaps(house: House, from: Point, waypoints: Point[]): Point[] {
  const out: Point[] = [];
  waypoints.reduce((a, b) => {
    const room = roomAt(house, a);
    if (room && room === roomAt(house, b)) out.push(...gapCrossings(house.rooms[room], a, b));
    out.push(b);
    return b;
  }, from);
  return out;
}

const isClear = (house: House, from: Point, waypoints: Point[]) =>
  [from, ...waypoints].every((p, i, all) => i === 0 || clearLine(house, all[i - 1], p));

/** Ends facing the way the last leg went. */
function endPose(from: Pose, waypoints: Point[]): Pose {
  const last = waypoints[waypoints.length - 1];
  const before = waypoints.length > 1 ? waypoints[waypoints.length - 2] : from;
  return { xM: last.xM, zM: last.zM, headingDeg: headingTowardsDeg(before, last), pitchDeg: 0 };
}

/** Through the doorways from `fromRoom` into `toRoom`, stopping just inside it. */
export function planRoomTravel(
  house: House,
  from: Pose,
  fromRoom: RoomId,
  toRoom: RoomId,
  reducedMotion: boolean,
): Travel {
  const path = roomPath(house, fromRoom, toRoom);
  if (!path || path.length < 2) {
    const e = house.entrances[toRoom];
    return { kind: 'cut', waypoints: [e], end: { xM: e.xM, zM: e.zM, headingDeg: e.headingDeg, pitchDeg: 0 } };
  }
  const crossings: Point[] = [];
  for (let i = 1; i < path.length; i++) crossings.push(...doorwayCrossing(house, path[i - 1], path[i], ARRIVAL_DEPTH_M));
  const waypoints = throughGaps(house, from, crossings);
  const kind = reducedMotion || !isClear(house, from, waypoints) ? 'cut' : 'glide';
  return { kind, waypoints, end: endPose(from, waypoints) };
}

/** To a point on a floor, through doorways when it lies in another room; null when there is no way. */
export function planWalkTo(
  house: House,
  from: Pose,
  fromRoom: RoomId,
  target: Point,
  targetRoom: RoomId,
  reducedMotion: boolean,
): Travel | null {
  const path = roomPath(house, fromRoom, targetRoom);
  if (!path) return null;
  const crossings: Point[] = [];
  for (let i = 1; i < path.length; i++) crossings.push(...doorwayCrossing(house, path[i - 1], path[i], 0.5));
  const waypoints = throughGaps(house, from, [...crossings, target]);
  if (!isClear(house, from, waypoints)) return null;
  return { kind: reducedMotion ? 'cut' : 'glide', waypoints, end: { ...endPose(from, waypoints), pitchDeg: from.pitchDeg } };
}
