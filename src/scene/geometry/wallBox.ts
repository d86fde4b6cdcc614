// A box standing on a wall, placed in the wall's own coordinates: what every wall segment, casing, leaf, bar and
// infill of the house is drawn with.
import type { Side } from '../../../rooms/schema';
import { pointOnWall, type WallLine } from '../../plan/geometry';
import type { FaceSurfaces, SurfaceBuilder, Vec3 } from './SurfaceBuilder';
import type { Surface } from './surfaces';

type SideFace = 'px' | 'nx' | 'pz' | 'nz';

/** Which axis faces of a box are its inner (room) and outer faces, by the side of the room its wall is on. */
const INNER_OUTER_FACES: Record<Side, [SideFace, SideFace]> = {
  north: ['pz', 'nz'],
  south: ['nz', 'pz'],
  west: ['px', 'nx'],
  east: ['nx', 'px'],
};

/** The surface of each face of a wall box, by role; a face left out or null is not drawn. */
export interface WallBoxRoles {
  inner?: Surface | null;
  outer?: Surface | null;
  /** The faces at a0 and a1, or one surface for both. */
  ends?: Surface | null | [Surface | null, Surface | null];
  top?: Surface | null;
  bottom?: Surface | null;
}

/**
 * A box on a wall, given in wall coordinates: along [a0, a1], up [y0, y1], and depth [d0, d1] measured into the
 * room from the footprint edge. Faces are named by role rather than by axis.
 */
export function wallBox(
  b: SurfaceBuilder<Surface>,
  line: WallLine,
  a: [number, number],
  y: [number, number],
  d: [number, number],
  roles: WallBoxRoles,
): void {
  const p = (along: number, depth: number) => pointOnWall(line, along, -depth);
  const c0 = p(a[0], d[0]);
  const c1 = p(a[1], d[1]);
  const min: Vec3 = { x: Math.min(c0.xM, c1.xM), y: y[0], z: Math.min(c0.zM, c1.zM) };
  const max: Vec3 = { x: Math.max(c0.xM, c1.xM), y: y[1], z: Math.max(c0.zM, c1.zM) };
  const faces: FaceSurfaces<Surface> = { py: roles.top, ny: roles.bottom };
  const [innerFace, outerFace] = INNER_OUTER_FACES[line.side];
  faces[innerFace] = roles.inner;
  faces[outerFace] = roles.outer;
  // The wall runs along +x (north, south) or +z (west, east): the a0 end faces back along it.
  const [endA0, endA1] = line.dir.xM !== 0 ? (['nx', 'px'] as const) : (['nz', 'pz'] as const);
  const ends = Array.isArray(roles.ends) ? roles.ends : [roles.ends, roles.ends];
  faces[endA0] = ends[0];
  faces[endA1] = ends[1];
  b.box(min, max, faces);
}
