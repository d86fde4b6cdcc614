// Where a visitor may stand: inside a room clear of its walls, in a doorway, or in the garden clear of the
// buildings and the perimeter wall.
import type { House } from '../../rooms/validate';
import type { Footprint, Point, RoomId } from '../../rooms/schema';
import { contains } from './geometry';
import { modelRectangle } from './modelRectangle';
import { partitionPlan } from './partitions';
import { BODY_RADIUS_M, WALL_HALF_THICKNESS_M } from './constants';

const CLEARANCE_M = WALL_HALF_THICKNESS_M + BODY_RADIUS_M;
/** Things mounted higher than this (a shelf on a wall) do not stand in the way. */
const OBSTACLE_MAX_BASE_M = 0.5;
/** Flat things (holes in a wall) do not stand in the way either. */
const OBSTACLE_MIN_DEPTH_M = 0.1;

const obstaclesByHouse = new WeakMap<House, Footprint[]>();

/** The floor rectangles of the furniture and of the partitions' solid stretches, built once per house. */
function obstacles(house: House): Footprint[] {
  let list = obstaclesByHouse.get(house);
  if (!list) {
    list = Object.values(house.exhibits)
      .map((e) => e.exhibit)
      .filter((x) => x.model.kind !== 'marker' && x.model.yM <= OBSTACLE_MAX_BASE_M && x.model.size.depthM >= OBSTACLE_MIN_DEPTH_M)
      .map(modelRectangle)
      .concat(house.order.flatMap((id) => partitionPlan(house.rooms[id]).solids));
    obstaclesByHouse.set(house, list);
  }
  return list;
}

function inDoorway(house: House, p: Point): boolean {
  for (const d of house.doorways) {
    const alongX = d.outward.xM === 0; // north or south wall: the doorway runs along x
    const along = alongX ? p.xM - d.centre.xM : p.zM - d.centre.zM;
    const across = alongX ? p.zM - d.centre.zM : p.xM - d.centre.xM;
    if (Math.abs(along) <= d.geometry.widthM / 2 - BODY_RADIUS_M && Math.abs(across) <= CLEARANCE_M + 0.02) return true;
  }
  return false;
}

export function canStand(house: House, p: Point): boolean {
  if (inDoorway(house, p)) return true;
  if (obstacles(house).some((o) => contains(o, p, -BODY_RADIUS_M))) return false;
  for (const id of house.order) {
    const room = house.rooms[id];
    if (room.kind === 'indoor' && contains(room.footprint, p, -BODY_RADIUS_M)) return contains(room.footprint, p, CLEARANCE_M);
  }
  return contains(house.outdoor.footprint, p, CLEARANCE_M);
}

export function roomAt(house: House, p: Point): RoomId | null {
  for (const id of house.order) {
    const room = house.rooms[id];
    if (room.kind === 'indoor' && contains(room.footprint, p)) return id;
  }
  return contains(house.outdoor.footprint, p) ? house.outdoor.id : null;
}

/** Moves from `from` by (dx, dz), sliding along a wall when the straight step is blocked. */
export function step(house: House, from: Point, dxM: number, dzM: number): Point {
  const candidates: Point[] = [
    { xM: from.xM + dxM, zM: from.zM + dzM },
    { xM: from.xM + dxM, zM: from.zM },
    { xM: from.xM, zM: from.zM + dzM },
  ];
  return candidates.find((c) => canStand(house, c)) ?? from;
}

/** True when every point along the straight segment is standable (sampled at `stepM`). */
export function clearLine(house: House, a: Point, b: Point, stepM = 0.15): boolean {
  const n = Math.max(1, Math.ceil(Math.hypot(b.xM - a.xM, b.zM - a.zM) / stepM));
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    if (!canStand(house, { xM: a.xM + (b.xM - a.xM) * t, zM: a.zM + (b.zM - a.zM) * t })) return false;
  }
  return true;
}
