// A room's four walls, cut by its doorways and windows, with each opening filled.
import type { House } from '../../../rooms/validate';
import type { Room } from '../../../rooms/schema';
import { WALL_HALF_THICKNESS_M as T } from '../../plan/constants';
import { wallLine } from '../../plan/geometry';
import { addDoorFill } from './doorFill';
import type { SurfaceBuilder } from './SurfaceBuilder';
import type { Surface } from './surfaces';
import { wallBox } from './wallBox';
import { bordersRoom, openingsOf } from './wallOpenings';
import { addWindowFill } from './windowFill';

export function addWalls(b: SurfaceBuilder<Surface>, house: House, room: Room): void {
  const wall: Surface = `wall-${room.finishes.walls}`;
  const H = room.wallHeightM;
  for (const side of ['north', 'south', 'west', 'east'] as const) {
    const line = wallLine(room.footprint, side);
    const outer: Surface | null = bordersRoom(house, room, line) ? null : 'exterior';
    // North and south walls own the corners; east and west walls stop short of them.
    const start = side === 'west' || side === 'east' ? T : 0;
    const end = side === 'west' || side === 'east' ? line.lengthM - T : line.lengthM;
    const openings = openingsOf(house, room, line);
    let cursor = start;
    // Segments between openings; their end faces are the jambs of the openings.
    const solid = (a0: number, a1: number, y0: number, y1: number, roles: { top?: Surface; bottom?: Surface }) =>
      wallBox(b, line, [a0, a1], [y0, y1], [0, T], {
        inner: wall,
        outer,
        ends: [a0 === start ? 'exterior' : wall, a1 === end ? 'exterior' : wall],
        ...roles,
      });
    for (const o of openings) {
      if (o.a0 > cursor) solid(cursor, o.a0, 0, H, {});
      if (o.sill > 0) solid(o.a0, o.a1, 0, o.sill, { top: wall });
      if (o.top < H) solid(o.a0, o.a1, o.top, H, { bottom: wall });
      if (o.window) addWindowFill(b, line, o, wall);
      else addDoorFill(b, room, line, o, openings);
      cursor = o.a1;
    }
    if (end > cursor) solid(cursor, end, 0, H, {});
  }
}
