// The shade over a room's four walls: each wall's inner face as a grid with its openings left out (what is seen
// through a window or a doorway is not darkened), darker towards the floor, the ceiling and the corners.
import type { House } from '../../../../rooms/validate';
import type { Room, Side } from '../../../../rooms/schema';
import { WALL_HALF_THICKNESS_M as T } from '../../../plan/constants';
import { wallLine } from '../../../plan/geometry';
import { openingsOf } from '../../geometry/wallOpenings';
import { gridLines, LIFT_M, type ShadeBuffers, type Vec3 } from './gridFace';
import { edgeOcclusion } from './shadeFactors';

/** Each wall's face: where it starts, and its two axes with which of them runs along the wall (so the triangles
 *  face into the room). */
function wallFace(room: Room, side: Side): { origin: Vec3; U: Vec3; V: Vec3; alongIsU: boolean } {
  const f = room.footprint;
  const up = { x: 0, y: 1, z: 0 };
  const alongX = { x: 1, y: 0, z: 0 };
  const alongZ = { x: 0, y: 0, z: 1 };
  switch (side) {
    case 'north':
      return { origin: { x: f.xM, y: 0, z: f.zM + T + LIFT_M }, U: alongX, V: up, alongIsU: true };
    case 'south':
      return { origin: { x: f.xM, y: 0, z: f.zM + f.depthM - T - LIFT_M }, U: up, V: alongX, alongIsU: false };
    case 'west':
      return { origin: { x: f.xM + T + LIFT_M, y: 0, z: f.zM }, U: up, V: alongZ, alongIsU: false };
    case 'east':
      return { origin: { x: f.xM + f.widthM - T - LIFT_M, y: 0, z: f.zM }, U: alongZ, V: up, alongIsU: true };
  }
}

export function addWalls(b: ShadeBuffers, house: House, room: Room, light: (p: Vec3) => number): void {
  const H = room.wallHeightM;
  for (const side of ['north', 'south', 'west', 'east'] as const) {
    const line = wallLine(room.footprint, side);
    const openings = openingsOf(house, room, line);
    const inner = line.lengthM - 2 * T;
    const along = gridLines(inner, openings.flatMap((o) => [o.a0 - T, o.a1 - T])).map((a) => a + T);
    const heights = gridLines(H, openings.flatMap((o) => [o.sill, o.top]));
    const { origin, U, V, alongIsU } = wallFace(room, side);
    const at = (u: number, v: number) => (alongIsU ? { a: u, y: v } : { a: v, y: u });
    const shade = (p: Vec3, u: number, v: number) => {
      const { a, y } = at(u, v);
      return light(p) * edgeOcclusion(y) * edgeOcclusion(H - y) * edgeOcclusion(a - T) * edgeOcclusion(line.lengthM - T - a);
    };
    const inOpening = (u0: number, u1: number, v0: number, v1: number) => {
      const lo = at(u0, v0);
      const hi = at(u1, v1);
      return openings.some((o) => lo.a >= o.a0 - 1e-6 && hi.a <= o.a1 + 1e-6 && lo.y >= o.sill - 1e-6 && hi.y <= o.top + 1e-6);
    };
    b.face(origin, U, V, alongIsU ? along : heights, alongIsU ? heights : along, shade, inOpening);
  }
}

/** The stretches of a room's walls (along each wall, from its west or north end) where a doorway meets the floor:
 *  the floor's shade does not darken towards a wall that is not there. */
export function doorSpans(house: House, room: Room): Record<Side, [number, number][]> {
  const spans = { north: [], south: [], west: [], east: [] } as Record<Side, [number, number][]>;
  for (const side of ['north', 'south', 'west', 'east'] as const)
    for (const o of openingsOf(house, room, wallLine(room.footprint, side))) if (o.sill <= 0) spans[side].push([o.a0, o.a1]);
  return spans;
}
