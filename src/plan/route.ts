// The way on foot between two standing points anywhere on the site, through doorways and round the buildings and
// the furniture, never through a wall: what a guided tour glides the visitor along from one stop to the next.
// The shortest way over the house's walking graph (walkGraph.ts, which says why a graph and not a grid), then any
// bend that its neighbours see past dropped. ≈ 0.3 ms a route (median; ≈ 55 m of line sampled on foot), once the
// first has built the graph (≈ 80 ms, 99 points, on a quiet 2-core machine): tests/unit/route.test.ts prints the
// figures. A caller that cannot spare those 80 ms on the first stop of a tour can build it at idle beforehand with
// walkGraph(house).
import type { House } from '../../rooms/validate';
import type { Point } from '../../rooms/schema';
import { distanceM } from './geometry';
import { canStand } from './walkable';
import { mayBendAt, roomsAround, walkableLeg, walkGraph, walkNodes, type WalkGraph } from './walkGraph';

/** The graph's nodes in the rooms a point belongs to (its own, or in a doorway either room) where a walk from or
 *  to it may bend. */
function nodesAround(house: House, graph: WalkGraph, p: Point): number[] {
  const found: number[] = [];
  for (const room of roomsAround(house, p))
    for (const i of graph.byRoom.get(room) ?? []) if (!found.includes(i) && mayBendAt(graph.nodes[i], p)) found.push(i);
  return found;
}

/**
 * The shortest way from `from` to `to` through the graph: onto it at some node i, along its shortest walk to some
 * node j, off it to `to`. The first and last legs are checked on foot only for the pair that is shortest if they are
 * clear, then the next, and so on: checking every one up front (and an A* that checked them as it reached them)
 * cost 5–7 ms for the longest routes, most of it long clear lines across the garden that the shortest way never
 * takes. Null when no pair leads there.
 */
function shortestNodes(house: House, graph: WalkGraph, from: Point, to: Point): number[] | null {
  const n = graph.nodes.length;
  const starts = nodesAround(house, graph, from);
  const ends = nodesAround(house, graph, to);
  const onM = starts.map((i) => distanceM(from, graph.nodes[i].p));
  const offM = ends.map((j) => distanceM(graph.nodes[j].p, to));
  // Whether the leg onto (off) the graph at each node is clear: unknown until asked.
  const onClear: (boolean | undefined)[] = [];
  const offClear: (boolean | undefined)[] = [];
  for (;;) {
    let best = Infinity;
    let s = -1;
    let e = -1;
    for (let a = 0; a < starts.length; a++) {
      if (onClear[a] === false) continue;
      for (let b = 0; b < ends.length; b++) {
        if (offClear[b] === false) continue;
        const totalM = onM[a] + graph.walkM[starts[a] * n + ends[b]] + offM[b];
        if (totalM < best) (best = totalM), (s = a), (e = b);
      }
    }
    if (s < 0) return null;
    onClear[s] ??= walkableLeg(house, from, graph.nodes[starts[s]].p);
    offClear[e] ??= walkableLeg(house, graph.nodes[ends[e]].p, to);
    if (onClear[s] && offClear[e]) return walkNodes(graph, starts[s], ends[e]);
  }
}

/**
 * Drops every bend whose neighbours see each other on foot. The graph's way is taut already but for the points
 * either side of each doorway and at the ends, so from each kept point this looks ahead one point more at a time
 * and stops at the first it cannot see, rather than trying the farthest first: those lines run most of their length
 * before they meet a wall (the garden entrance to the study sampled 543 m of line that way, 272 m this way).
 */
function pulled(house: House, points: Point[]): Point[] {
  const kept: Point[] = [];
  for (let i = 0; i < points.length - 1; ) {
    let j = i + 1;
    while (j + 1 < points.length && walkableLeg(house, points[i], points[j + 1])) j++;
    kept.push(points[j]);
    i = j;
  }
  return kept;
}

/**
 * The points to pass after `from`, the last being `to` itself, such that every leg (from → first → … → to) is
 * clear on foot (walkable.ts's clearLine) and changes room only through a doorway into the next room. Null when
 * either end is somewhere one cannot stand, or no way leads from one to the other.
 */
export function routeBetween(house: House, from: Point, to: Point): Point[] | null {
  if (!canStand(house, from) || !canStand(house, to)) return null;
  if (walkableLeg(house, from, to)) return [to];
  const graph = walkGraph(house);
  const path = shortestNodes(house, graph, from, to);
  if (!path) return null;
  return pulled(house, [from, ...path.map((i) => graph.nodes[i].p), to]);
}
