// What fills a doorway, seen from one of its rooms: a wooden casing on that room's face of the wall, and the door
// leaf, standing open against the wall, in the room that owns it (in a divided room, square to the wall, along the
// side of the passage the door opens onto).
import type { Room } from '../../../rooms/schema';
import { WALL_HALF_THICKNESS_M as T } from '../../plan/constants';
import type { WallLine } from '../../plan/geometry';
import { partitionPlan } from '../../plan/partitions';
import type { SurfaceBuilder } from './SurfaceBuilder';
import type { Surface } from './surfaces';
import { wallBox } from './wallBox';
import { CASING_DEPTH_M, CASING_WIDTH_M, type Opening } from './wallOpenings';

const DOOR_LEAF_M = { door: 0.045, armored: 0.07 } as const;

/** Fills doorway opening `o` of `room`'s wall `line`; `all` are that wall's openings, which the leaf must not cover. */
export function addDoorFill(b: SurfaceBuilder<Surface>, room: Room, line: WallLine, o: Opening, all: Opening[]): void {
  const d = o.doorway!;
  const casing = (a: [number, number], y: [number, number]) =>
    wallBox(b, line, a, y, [T, T + CASING_DEPTH_M], { inner: 'wood', ends: 'wood', top: 'wood' });
  casing([o.a0 - CASING_WIDTH_M, o.a0], [0, o.top]);
  casing([o.a1, o.a1 + CASING_WIDTH_M], [0, o.top]);
  casing([o.a0 - CASING_WIDTH_M, o.a1 + CASING_WIDTH_M], [o.top, o.top + CASING_WIDTH_M]);

  const leaf = d.geometry.leaf;
  if (leaf === 'open' || d.owner !== room.id) return;
  // The leaf stands open, flat against the inner face, on whichever side has room for it.
  const width = o.a1 - o.a0;
  const free = (a0: number, a1: number) =>
    a0 > T + 0.05 && a1 < line.lengthM - T - 0.05 && all.every((other) => other === o || other.a1 < a0 || other.a0 > a1);
  const after: [number, number] = [o.a1 + CASING_WIDTH_M, o.a1 + CASING_WIDTH_M + width];
  const before: [number, number] = [o.a0 - CASING_WIDTH_M - width, o.a0 - CASING_WIDTH_M];
  // A divided room's door opens onto its passage, too narrow for the leaf to lie flat against the wall.
  const divided = partitionPlan(room).solids.length > 0;
  const span = divided ? null : free(...after) ? after : free(...before) ? before : null;
  const depth = T + CASING_DEPTH_M;
  const surface: Surface = leaf === 'armored' ? 'metal' : 'wood';
  const faces = { inner: surface, outer: surface, ends: surface, top: surface };
  const y: [number, number] = [0.01, o.top - 0.02];
  if (span) wallBox(b, line, span, y, [depth, depth + DOOR_LEAF_M[leaf]], faces);
  // Square to the wall, hinged at the far jamb: in a passage the leaf lies along its side.
  else if (divided) wallBox(b, line, [o.a1 - DOOR_LEAF_M[leaf], o.a1], y, [T, T + width], faces);
}
