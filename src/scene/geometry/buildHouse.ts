// Builds the whole house from the room data: floors, walls with their doorways and windows cut out, window fills
// by state, ceilings and roofs, the perimeter wall, watchtowers and garden paths. The result is one geometry per
// surface, so the scene draws the house in about twenty calls whichever room the visitor is in.
import type { BufferGeometry } from 'three';
import type { House, HouseDoorway } from '../../../rooms/validate';
import type { Ceiling, Room, Side, Window } from '../../../rooms/schema';
import { contains, pointOnWall, wallLine, type WallLine } from '../../plan/geometry';
import { WALL_HALF_THICKNESS_M } from '../../plan/constants';
import { SurfaceBuilder, type FaceSurfaces, type Vec3 } from './SurfaceBuilder';
import type { Surface } from './surfaces';


const T = WALL_HALF_THICKNESS_M;
const ROOF_SLAB_M = 0.25;
const PERIMETER_THICKNESS_M = 0.35;
const CASING_WIDTH_M = 0.08;
const CASING_DEPTH_M = 0.025;
const DOOR_LEAF_M = { door: 0.045, armored: 0.07 } as const;
const BAR_SIZE_M = 0.022;
const BAR_SPACING_M = 0.13;
const BEAM_SPACING_M = 0.9;
const BEAM_SIZE_M = { width: 0.12, depth: 0.18 };
const TOWER = { sideM: 2.2, parapetM: 1.05, postM: 0.14, heightM: 2.3, roofM: 0.12, overhangM: 0.2 };
const PATH_LIFT_M = 0.004;
const GRASS_DROP_M = 0.012;

/** An opening in one wall, in the wall's own coordinates: `a` along it from its start, `y` up from the floor. */
interface Opening {
  a0: number;
  a1: number;
  sill: number;
  top: number;
  window?: Window;
  doorway?: HouseDoorway;
}

/**
 * A box on a wall, given in wall coordinates: along [a0, a1], up [y0, y1], and depth [d0, d1] measured into the
 * room from the footprint edge. Faces are named by role rather than by axis.
 */
function wallBox(
  b: SurfaceBuilder<Surface>,
  line: WallLine,
  a: [number, number],
  y: [number, number],
  d: [number, number],
  roles: {
    inner?: Surface | null;
    outer?: Surface | null;
    /** The faces at a0 and a1, or one surface for both. */
    ends?: Surface | null | [Surface | null, Surface | null];
    top?: Surface | null;
    bottom?: Surface | null;
  },
): void {
  const p = (along: number, depth: number) => pointOnWall(line, along, -depth);
  const c0 = p(a[0], d[0]);
  const c1 = p(a[1], d[1]);
  const min: Vec3 = { x: Math.min(c0.xM, c1.xM), y: y[0], z: Math.min(c0.zM, c1.zM) };
  const max: Vec3 = { x: Math.max(c0.xM, c1.xM), y: y[1], z: Math.max(c0.zM, c1.zM) };
  const faces: FaceSurfaces<Surface> = { py: roles.top, ny: roles.bottom };
  // Which axis faces are the inner/outer ones depends on the wall's side.
  const inwardAxis: Record<Side, ['px' | 'nx' | 'pz' | 'nz', 'px' | 'nx' | 'pz' | 'nz']> = {
    north: ['pz', 'nz'],
    south: ['nz', 'pz'],
    west: ['px', 'nx'],
    east: ['nx', 'px'],
  };
  const [innerFace, outerFace] = inwardAxis[line.side];
  faces[innerFace] = roles.inner;
  faces[outerFace] = roles.outer;
  // The wall runs along +x (north, south) or +z (west, east): the a0 end faces back along it.
  const [endA0, endA1] = line.dir.xM !== 0 ? (['nx', 'px'] as const) : (['nz', 'pz'] as const);
  const ends = Array.isArray(roles.ends) ? roles.ends : [roles.ends, roles.ends];
  faces[endA0] = ends[0];
  faces[endA1] = ends[1];
  b.box(min, max, faces);
}

/** Every opening that cuts this wall: the room's windows and every doorway centred on the wall line. */
function openingsOf(house: House, room: Room, line: WallLine): Opening[] {
  const list: Opening[] = room.windows
    .filter((w) => w.wall === line.side)
    .map((w) => ({ a0: w.alongM - w.widthM / 2, a1: w.alongM + w.widthM / 2, sill: w.sillM, top: w.sillM + w.heightM, window: w }));
  for (const d of house.doorways) {
    if (!d.rooms.includes(room.id)) continue;
    const along = (d.centre.xM - line.start.xM) * line.dir.xM + (d.centre.zM - line.start.zM) * line.dir.zM;
    const off = pointOnWall(line, along);
    if (Math.hypot(off.xM - d.centre.xM, off.zM - d.centre.zM) > 0.01 || along <= 0 || along >= line.lengthM) continue;
    const w = d.geometry.widthM;
    list.push({ a0: along - w / 2, a1: along + w / 2, sill: 0, top: d.geometry.heightM, doorway: d });
  }
  return list.sort((p, q) => p.a0 - q.a0);
}

/** Whether the other side of this wall is another room (then its outer face is hidden inside that room's wall). */
function bordersRoom(house: House, room: Room, line: WallLine): boolean {
  const probe = pointOnWall(line, line.lengthM / 2, 0.3);
  return house.order.some((id) => id !== room.id && house.rooms[id].kind === 'indoor' && contains(house.rooms[id].footprint, probe));
}

function addWindowFill(b: SurfaceBuilder<Surface>, line: WallLine, o: Opening, wall: Surface): void {
  const state = o.window!.state;
  const casing = (a: [number, number], y: [number, number]) =>
    wallBox(b, line, a, y, [T, T + CASING_DEPTH_M], { inner: 'wood', ends: 'wood', top: 'wood', bottom: 'wood' });
  // A wooden sill and frame on the inner face.
  casing([o.a0 - CASING_WIDTH_M, o.a1 + CASING_WIDTH_M], [o.sill - CASING_WIDTH_M, o.sill]);
  casing([o.a0 - CASING_WIDTH_M, o.a0], [o.sill, o.top]);
  casing([o.a1, o.a1 + CASING_WIDTH_M], [o.sill, o.top]);
  casing([o.a0 - CASING_WIDTH_M, o.a1 + CASING_WIDTH_M], [o.top, o.top + CASING_WIDTH_M]);

  const brickTo = state === 'bricked' ? o.top : state === 'half-bricked' ? (o.sill + o.top) / 2 : o.sill;
  if (brickTo > o.sill) {
    // Brick infill set back from the inner face, so the opening still reads as a window that was closed.
    wallBox(b, line, [o.a0, o.a1], [o.sill, brickTo], [0.02, T - 0.03], { inner: 'brick', outer: 'exterior', top: wall });
  }
  if (state === 'steel-shuttered') {
    wallBox(b, line, [o.a0, o.a1], [o.sill, o.top], [0.01, 0.05], { inner: 'metal', outer: 'metal' });
    return;
  }
  if (brickTo < o.top && state !== 'open') {
    // Bars across what is left open.
    const n = Math.max(2, Math.round((o.a1 - o.a0) / BAR_SPACING_M));
    for (let i = 1; i < n; i++) {
      const a = o.a0 + ((o.a1 - o.a0) * i) / n;
      wallBox(b, line, [a - BAR_SIZE_M / 2, a + BAR_SIZE_M / 2], [brickTo, o.top], [T * 0.4, T * 0.4 + BAR_SIZE_M], {
        inner: 'metal',
        outer: 'metal',
        ends: 'metal',
      });
    }
    const mid = (brickTo + o.top) / 2;
    wallBox(b, line, [o.a0, o.a1], [mid - BAR_SIZE_M / 2, mid + BAR_SIZE_M / 2], [T * 0.4 - BAR_SIZE_M, T * 0.4], {
      inner: 'metal',
      outer: 'metal',
      top: 'metal',
      bottom: 'metal',
    });
  }
}

function addDoorFill(b: SurfaceBuilder<Surface>, room: Room, line: WallLine, o: Opening, all: Opening[]): void {
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
  const span = free(...after) ? after : free(...before) ? before : null;
  if (!span) return;
  const surface = leaf === 'armored' ? 'metal' : 'wood';
  const depth = T + CASING_DEPTH_M;
  wallBox(b, line, span, [0.01, o.top - 0.02], [depth, depth + DOOR_LEAF_M[leaf]], {
    inner: surface,
    outer: surface,
    ends: surface,
    top: surface,
  });
}

function addWalls(b: SurfaceBuilder<Surface>, house: House, room: Room): void {
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

function addFloorCeilingRoof(b: SurfaceBuilder<Surface>, room: Room): void {
  const f = room.footprint;
  const x0 = f.xM;
  const x1 = f.xM + f.widthM;
  const z0 = f.zM;
  const z1 = f.zM + f.depthM;
  const H = room.wallHeightM;
  if (room.kind === 'outdoor') {
    b.box({ x: x0, y: -0.05, z: z0 }, { x: x1, y: -GRASS_DROP_M, z: z1 }, { py: `floor-${room.finishes.floor}` });
    return;
  }
  b.box({ x: x0, y: -0.05, z: z0 }, { x: x1, y: 0, z: z1 }, { py: `floor-${room.finishes.floor}` });
  const ceiling = room.finishes.ceiling as Exclude<Ceiling, 'open-sky'>;
  b.box({ x: x0, y: H, z: z0 }, { x: x1, y: H + ROOF_SLAB_M, z: z1 }, {
    ny: `ceiling-${ceiling}`,
    py: ceiling === 'tin' ? 'metal' : 'roof',
    px: 'exterior',
    nx: 'exterior',
    pz: 'exterior',
    nz: 'exterior',
  });
  if (ceiling === 'wood-beams') {
    // Beams span the shorter direction, as a builder would lay them.
    const acrossX = f.widthM <= f.depthM;
    const span = acrossX ? f.depthM : f.widthM;
    const n = Math.floor(span / BEAM_SPACING_M);
    const offset = (span - (n - 1) * BEAM_SPACING_M) / 2;
    for (let i = 0; i < n; i++) {
      const c = (acrossX ? z0 : x0) + offset + i * BEAM_SPACING_M;
      const w = BEAM_SIZE_M.width / 2;
      const min = acrossX ? { x: x0 + T, y: H - BEAM_SIZE_M.depth, z: c - w } : { x: c - w, y: H - BEAM_SIZE_M.depth, z: z0 + T };
      const max = acrossX ? { x: x1 - T, y: H, z: c + w } : { x: c + w, y: H, z: z1 - T };
      b.box(min, max, { ny: 'wood', px: 'wood', nx: 'wood', pz: 'wood', nz: 'wood' });
    }
  }
}

/** The site boundary minus the stretches where a building's own wall stands on it. */
function addPerimeter(b: SurfaceBuilder<Surface>, house: House): void {
  const site = house.outdoor.footprint;
  const grounds = house.outdoor.grounds!;
  const H = grounds.perimeterWallHeightM;
  const P = PERIMETER_THICKNESS_M;
  for (const side of ['north', 'south', 'west', 'east'] as const) {
    const line = wallLine(site, side);
    const covered: [number, number][] = [];
    for (const id of house.order) {
      const r = house.rooms[id];
      if (r.kind !== 'indoor') continue;
      const rl = wallLine(r.footprint, side);
      const sameLine = Math.abs((rl.start.xM - line.start.xM) * line.outward.xM + (rl.start.zM - line.start.zM) * line.outward.zM) < 0.01;
      if (!sameLine) continue;
      const a0 = (rl.start.xM - line.start.xM) * line.dir.xM + (rl.start.zM - line.start.zM) * line.dir.zM;
      covered.push([a0, a0 + rl.lengthM]);
    }
    covered.sort((p, q) => p[0] - q[0]);
    let cursor = -P;
    const run = (a0: number, a1: number) =>
      a1 - a0 > 0.01 &&
      wallBox(b, line, [a0, a1], [-0.05, H], [-P, 0], { inner: 'perimeter', outer: 'perimeter', top: 'roof', ends: 'perimeter' });
    for (const [a0, a1] of covered) {
      run(cursor, a0);
      cursor = Math.max(cursor, a1);
    }
    run(cursor, line.lengthM + P);
  }
}

function addWatchtowers(b: SurfaceBuilder<Surface>, house: House): void {
  for (const tower of house.outdoor.grounds!.watchtowers) {
    const base = house.rooms[tower.on].wallHeightM + ROOF_SLAB_M;
    const h = TOWER.sideM / 2;
    const { xM: x, zM: z } = tower;
    const w = 0.1;
    // A parapet of four low walls, corner posts, and a roof.
    const parapet = { px: 'exterior', nx: 'exterior', pz: 'exterior', nz: 'exterior', py: 'roof' } as const;
    b.box({ x: x - h, y: base, z: z - h }, { x: x + h, y: base + TOWER.parapetM, z: z - h + w }, parapet);
    b.box({ x: x - h, y: base, z: z + h - w }, { x: x + h, y: base + TOWER.parapetM, z: z + h }, parapet);
    b.box({ x: x - h, y: base, z: z - h }, { x: x - h + w, y: base + TOWER.parapetM, z: z + h }, parapet);
    b.box({ x: x + h - w, y: base, z: z - h }, { x: x + h, y: base + TOWER.parapetM, z: z + h }, parapet);
    for (const [sx, sz] of [[-1, -1], [1, -1], [-1, 1], [1, 1]]) {
      const cx = x + sx * (h - TOWER.postM / 2);
      const cz = z + sz * (h - TOWER.postM / 2);
      const p = TOWER.postM / 2;
      b.solid('wood', { x: cx - p, y: base, z: cz - p }, { x: cx + p, y: base + TOWER.heightM, z: cz + p });
    }
    const r = h + TOWER.overhangM;
    b.solid('roof', { x: x - r, y: base + TOWER.heightM, z: z - r }, { x: x + r, y: base + TOWER.heightM + TOWER.roofM, z: z + r });
  }
}

function addPaths(b: SurfaceBuilder<Surface>, house: House): void {
  for (const p of house.outdoor.grounds!.paths)
    b.strip('earth', { x: p.from.xM, z: p.from.zM }, { x: p.to.xM, z: p.to.zM }, p.widthM, PATH_LIFT_M);
}

export function buildHouse(house: House): Map<Surface, BufferGeometry> {
  const b = new SurfaceBuilder<Surface>();
  for (const id of house.order) {
    const room = house.rooms[id];
    addFloorCeilingRoof(b, room);
    if (room.kind === 'indoor') addWalls(b, house, room);
  }
  addPerimeter(b, house);
  addWatchtowers(b, house);
  addPaths(b, house);
  return b.build();
}

