// The house's walking graph, built once per house: the points where a walk may have to bend, which of them see each
// other on foot, and the shortest walk between every two of them. routeBetween (route.ts) joins a walk's two ends to
// it and takes the shortest way.
//
// A visibility graph rather than A* on a grid: a body fits through the narrowest doorway (0.8 m) only in a slot
// 0.2 m wide (walkable.ts: the opening less BODY_RADIUS_M each side), narrower than a 0.25 m cell, so a grid would
// find or miss it depending on where its cells happen to fall. And the floor one may stand on is rectangles less
// rectangles (rooms, the garden, less the buildings and the furniture, each grown by the body's radius), so the
// shortest way on foot bends only at those rectangles' corners and in doorways, which is exactly what the graph
// holds: it is short and straight by construction, with no string-pulling of a staircase of cells to tidy up.
import type { House } from '../../rooms/validate';
import type { Footprint, Point, RoomId } from '../../rooms/schema';
import { BODY_RADIUS_M } from './constants';
import { contains, distanceM } from './geometry';
import { modelRectangle } from './modelRectangle';
import { partitionPlan } from './partitions';
import { canStand, clearLine, roomAt } from './walkable';

/** How far beyond the body's radius a bend passes a corner, so that a leg along a side stays clear of it. */
const CORNER_MARGIN_M = 0.05;
/** Points either side of a doorway, on its centre line: just past where the doorway's standing slot meets the
 *  room's floor (walkable.ts: 0.44 m from the wall's line), and a step further in, for when furniture stands at
 *  the door. */
const DOOR_NODE_DEPTHS_M = [0.45, 0.8];
/** Two candidate bends closer than this are one. */
const SAME_POINT_M = 0.01;
/** Sampling step when checking which rooms a leg passes through; clearLine's own is 0.15 m. */
const ROOM_CHECK_STEP_M = 0.15;

export interface WalkNode {
  p: Point;
  room: RoomId;
  /** For a point either side of a doorway, the doorway's index in house.doorways. */
  doorway?: number;
  /** For a point outside a corner: the corner of the rectangle the body must keep out of, and which way (±1 in x
   *  and z) the point lies from it. */
  corner?: { at: Point; xSign: number; zSign: number };
}

export interface WalkGraph {
  nodes: WalkNode[];
  /** The shortest walk from node i to node j over the graph, in metres, at [i × nodes.length + j]; Infinity when
   *  there is none. */
  walkM: Float64Array;
  /** The node after i on that walk, at the same place; -1 when there is none. */
  next: Int32Array;
  /** The nodes of each room. */
  byRoom: Map<RoomId, number[]>;
}

/** Every node's shortest walk to every other: Floyd–Warshall, ≈ 100 nodes, 10⁶ steps, a few ms once per house. */
function allShortestWalks(n: number, links: [number, number, number][]): Pick<WalkGraph, 'walkM' | 'next'> {
  const walkM = new Float64Array(n * n).fill(Infinity);
  const next = new Int32Array(n * n).fill(-1);
  for (let i = 0; i < n; i++) (walkM[i * n + i] = 0), (next[i * n + i] = i);
  for (const [i, j, lengthM] of links) {
    walkM[i * n + j] = walkM[j * n + i] = lengthM;
    next[i * n + j] = j;
    next[j * n + i] = i;
  }
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++) {
      const ik = walkM[i * n + k];
      if (ik === Infinity) continue;
      for (let j = 0; j < n; j++)
        if (ik + walkM[k * n + j] < walkM[i * n + j]) {
          walkM[i * n + j] = ik + walkM[k * n + j];
          next[i * n + j] = next[i * n + k];
        }
    }
  return { walkM, next };
}

/** The nodes passed walking from node i to node j, both included (j reachable from i: walkM finite). */
export function walkNodes(graph: WalkGraph, i: number, j: number): number[] {
  const n = graph.nodes.length;
  const path = [i];
  for (let at = i; at !== j; ) path.push((at = graph.next[at * n + j]));
  return path;
}

export const adjacent = (house: House, a: RoomId, b: RoomId) => a === b || house.exits[a].some((e) => e.to === b);

/** The rooms a standing point belongs to: its own and, in a doorway's slot, both of the doorway's. */
export function roomsAround(house: House, p: Point): RoomId[] {
  const rooms: RoomId[] = [];
  const own = roomAt(house, p);
  if (own) rooms.push(own);
  for (const d of house.doorways) {
    const alongX = d.outward.xM === 0;
    const along = alongX ? p.xM - d.centre.xM : p.zM - d.centre.zM;
    const across = alongX ? p.zM - d.centre.zM : p.xM - d.centre.xM;
    if (Math.abs(along) <= d.geometry.widthM / 2 && Math.abs(across) <= DOOR_NODE_DEPTHS_M[0])
      for (const r of d.rooms) if (!rooms.includes(r)) rooms.push(r);
  }
  return rooms;
}

/**
 * A leg one may walk: clear on foot (clearLine) and through no room but the two its ends stand in, which are the
 * same room or neighbours, so that a route changes room only through a doorway and one doorway at a time (two doors
 * in line, as the study's are at z = 3 m, would otherwise let one leg cross two rooms).
 */
export function walkableLeg(house: House, a: Point, b: Point): boolean {
  const ra = roomAt(house, a);
  const rb = roomAt(house, b);
  if (!ra || !rb || !adjacent(house, ra, rb) || !clearLine(house, a, b)) return false;
  const n = Math.max(1, Math.ceil(distanceM(a, b) / ROOM_CHECK_STEP_M));
  for (let i = 1; i < n; i++) {
    const t = i / n;
    const r = roomAt(house, { xM: a.xM + (b.xM - a.xM) * t, zM: a.zM + (b.zM - a.zM) * t });
    if (r !== ra && r !== rb) return false;
  }
  return true;
}

/** Where a walk may bend: outside each corner of the furniture and of the buildings, and either side of a doorway. */
function candidatePoints(house: House): Omit<WalkNode, 'room'>[] {
  const points: Omit<WalkNode, 'room'>[] = [];
  const off = BODY_RADIUS_M + CORNER_MARGIN_M;
  const corners = (r: Footprint, keep: (corner: Point, xSign: number, zSign: number) => boolean) => {
    for (const [x, xSign] of [[r.xM, -1], [r.xM + r.widthM, 1]])
      for (const [z, zSign] of [[r.zM, -1], [r.zM + r.depthM, 1]])
        if (keep({ xM: x, zM: z }, xSign, zSign))
          points.push({
            p: { xM: x + xSign * off, zM: z + zSign * off },
            corner: { at: { xM: x + xSign * BODY_RADIUS_M, zM: z + zSign * BODY_RADIUS_M }, xSign, zSign },
          });
  };
  // Every model's rectangle, obstacle to walking or not: a point that helps no walk costs only a few line checks.
  for (const { exhibit } of Object.values(house.exhibits))
    if (exhibit.model.kind !== 'marker') corners(modelRectangle(exhibit), () => true);
  // The buildings, seen from the garden: only a room's corners with no room in the three quarters round them outside
  // its own, the buildings' outer corners. Where two rooms meet along a front (9 of the garden's 31 points) a point
  // would only cost a long line check to every other point of the garden.
  const indoor = house.order.map((id) => house.rooms[id]).filter((r) => r.kind === 'indoor');
  const underRoof = (x: number, z: number) => indoor.some((r) => contains(r.footprint, { xM: x, zM: z }));
  const outerCorner = (c: Point, xs: number, zs: number) =>
    [[xs, zs], [xs, -zs], [-xs, zs]].every(
      ([dx, dz]) => !underRoof(c.xM + dx * SAME_POINT_M, c.zM + dz * SAME_POINT_M),
    );
  for (const room of indoor) corners(room.footprint, outerCorner);
  // Inside a divided room: outside the ends of each partition's solid stretches (a jamb's, or one against an outer
  // wall, which no body can stand at and is dropped), and either side of each door gap, square to it.
  for (const room of indoor) {
    const { solids, gaps } = partitionPlan(room);
    for (const s of solids) corners(s, () => true);
    const depth = DOOR_NODE_DEPTHS_M[0];
    for (const g of gaps)
      for (const sign of [-1, 1]) points.push({ p: { xM: g.at.xM + g.across.xM * depth * sign, zM: g.at.zM + g.across.zM * depth * sign } });
  }
  house.doorways.forEach((d, doorway) => {
    for (const depth of DOOR_NODE_DEPTHS_M)
      for (const sign of [-1, 1])
        points.push({
          p: { xM: d.centre.xM + d.outward.xM * depth * sign, zM: d.centre.zM + d.outward.zM * depth * sign },
          doorway,
        });
  });
  return points;
}

/**
 * Whether a shortest walk coming from (or going on to) `p` may bend at `node`. A walk bends round a corner only where
 * the corner is on the outline of its rectangle as seen from `p`: not when `p` lies beyond the point, in the
 * corner's own quarter (it would bend away from the rectangle), nor inside the rectangle's quarter behind the
 * corner (the corner is hidden there). Of the lines the graph's build sampled, this leaves 3,400 m of 8,400; it
 * prunes each route's first and last legs alike.
 */
export function mayBendAt(node: WalkNode, p: Point): boolean {
  const c = node.corner;
  if (!c) return true;
  const beyond = (p.xM - node.p.xM) * c.xSign > 0 && (p.zM - node.p.zM) * c.zSign > 0;
  const behind = (p.xM - c.at.xM) * c.xSign < 0 && (p.zM - c.at.zM) * c.zSign < 0;
  return !beyond && !behind;
}

function buildGraph(house: House): WalkGraph {
  const nodes: WalkNode[] = [];
  for (const point of candidatePoints(house)) {
    const room = roomAt(house, point.p);
    if (!room || !canStand(house, point.p) || nodes.some((n) => distanceM(n.p, point.p) < SAME_POINT_M)) continue;
    nodes.push({ ...point, room });
  }
  const links: [number, number, number][] = [];
  const byRoom = new Map<RoomId, number[]>();
  nodes.forEach((n, i) => byRoom.set(n.room, [...(byRoom.get(n.room) ?? []), i]));
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      // In one room, or through a doorway between its own points (which face each other across it): a longer leg
      // through it is found by pulling the route straight afterwards. Testing every pair of points in two rooms
      // cost a line check each, most of them long (the build took 160–210 ms with them, 75 ms without).
      if (a.room !== b.room && (a.doorway === undefined || a.doorway !== b.doorway)) continue;
      if (!mayBendAt(a, b.p) || !mayBendAt(b, a.p) || !walkableLeg(house, a.p, b.p)) continue;
      links.push([i, j, distanceM(a.p, b.p)]);
    }
  return { nodes, byRoom, ...allShortestWalks(nodes.length, links) };
}

const graphByHouse = new WeakMap<House, WalkGraph>();

export function walkGraph(house: House): WalkGraph {
  let graph = graphByHouse.get(house);
  if (!graph) {
    graph = buildGraph(house);
    graphByHouse.set(house, graph);
  }
  return graph;
}
