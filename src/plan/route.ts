// The way on foot between two standing points anywhere on the site, through doorways and round the buildings and
// the furniture, never through a wall: what a guided tour glides the visitor along from one stop to the next.
// The shortest way over the house's walking graph (walkGraph.ts, which says why a graph and not a grid), then any
// bend that its neighbours see past dropped. ≈ 1 ms a route once the graph is built (tests/unit/route.test.ts).
import type { House } from '../../rooms/validate';
import type { Point } from '../../rooms/schema';
import { distanceM } from './geometry';
import { canStand } from './walkable';
import { mayBendAt, roomsAround, walkableLeg, walkGraph, type WalkGraph } from './walkGraph';

/** Marks a node whose tentative distance is the straight line from `from`, not yet checked on foot. */
const FROM_UNCHECKED = -2;
/** Marks a node reached straight from `from`, checked. */
const FROM = -1;

/** The graph's nodes in the rooms a point belongs to (its own, or in a doorway either room) where a walk from or
 *  to it may bend. */
function nodesAround(house: House, graph: WalkGraph, p: Point): Set<number> {
  const found = new Set<number>();
  for (const room of roomsAround(house, p))
    for (const i of graph.byRoom.get(room) ?? []) if (mayBendAt(graph.nodes[i], p)) found.add(i);
  return found;
}

/**
 * A* from `from` to `to` over the graph, the nodes passed in order, or null when none leads there. The legs from
 * `from` and to `to` are checked on foot only when the search reaches them (a lazy A*): checking every one up front
 * cost 5–7 ms a route, most of it long clear lines across the garden that the shortest way never takes.
 */
function shortestNodes(house: House, graph: WalkGraph, from: Point, to: Point): number[] | null {
  const n = graph.nodes.length;
  const g = new Float64Array(n).fill(Infinity);
  const previous = new Int32Array(n).fill(FROM_UNCHECKED);
  const done = new Uint8Array(n);
  const estimate = new Float64Array(n);
  for (let i = 0; i < n; i++) estimate[i] = distanceM(graph.nodes[i].p, to);
  // Straight lines are never longer than the walk, so these start as lower bounds, checked when first reached.
  for (const i of nodesAround(house, graph, from)) g[i] = distanceM(from, graph.nodes[i].p);
  const ends = nodesAround(house, graph, to);
  // A few hundred nodes: a linear scan for the most promising one beats keeping a heap.
  for (;;) {
    let u = -1;
    for (let i = 0; i < n; i++) if (!done[i] && g[i] < Infinity && (u < 0 || g[i] + estimate[i] < g[u] + estimate[u])) u = i;
    if (u < 0) return null;
    if (previous[u] === FROM_UNCHECKED) {
      if (walkableLeg(house, from, graph.nodes[u].p)) previous[u] = FROM;
      else {
        // Not straight from `from` after all: the best way in from a node already settled, if any.
        g[u] = Infinity;
        for (const { to: v, lengthM } of graph.links[u])
          if (done[v] && g[v] + lengthM < g[u]) (g[u] = g[v] + lengthM), (previous[u] = v);
        continue;
      }
    }
    done[u] = 1;
    // The estimate is the straight line to `to`: the first settled node that sees `to` ends the shortest way.
    if (ends.has(u) && walkableLeg(house, graph.nodes[u].p, to)) {
      const path: number[] = [];
      for (let i = u; i >= 0; i = previous[i]) path.unshift(i);
      return path;
    }
    for (const { to: v, lengthM } of graph.links[u])
      if (!done[v] && g[u] + lengthM < g[v]) (g[v] = g[u] + lengthM), (previous[v] = u);
  }
}

/**
 * Drops every bend whose neighbours see each other on foot. The graph's way is taut already but for the points
 * either side of each doorway and at the ends, so from each kept point this looks ahead one point more at a time
 * and stops at the first it cannot see, rather than trying the farthest first (which spent most of a route's time
 * on long lines into rooms two doorways away, that could never be clear).
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
