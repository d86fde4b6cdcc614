// The house's shade, worked out once per house and light (day or night): a thin skin over every indoor room's
// floor, walls and ceiling, and over the ground round each object in the garden, whose vertices say how much
// light reaches them (shadeFactors.ts); the objects are the exhibits and, handed in, the furnishing's floor
// pieces. Drawn multiplying what is under it (Shade.tsx), it darkens corners, the
// floor under furniture and the depths of a room away from its windows; the sun's own patches come from the
// shadow map. Static, so baked here and never paid again per frame; geometry, so both eyes of a headset agree.
import type { House } from '../../../../rooms/validate';
import type { Footprint, Room } from '../../../../rooms/schema';
import { WALL_HALF_THICKNESS_M as T } from '../../../plan/constants';
import { wallLine, pointOnWall } from '../../../plan/geometry';
import { modelRectangle } from '../../../plan/modelRectangle';
import { openingsOf } from '../../geometry/wallOpenings';
import { gridLines, LIFT_M, ShadeBuffers, type Vec3 } from './gridFace';
import { CONTACT_MARGIN_M, contactShade, edgeOcclusion, NIGHT_BASE, openingLight, type Opening } from './shadeFactors';
import { addWalls, doorSpans } from './shadeWalls';

/** Things standing on the floor cast a contact shade; things hung higher (a shelf) or flat (holes) do not. */
const MAX_BASE_M = 0.5;
const MIN_DEPTH_M = 0.1;

export interface ShadeArrays {
  positions: Float32Array;
  /** Linear RGB: the light factor, a touch warmer in the shade (the bounce off plaster and wood). */
  colours: Float32Array;
  indices: Uint32Array;
}

/** Floor the house's other furniture (the furnishing) covers, by room: darkened beneath like the exhibits'. */
export type ExtraFootprints = ReadonlyMap<string, readonly Footprint[]>;

function footprintsIn(house: House, roomId: string, extra: ExtraFootprints): Footprint[] {
  const exhibits = Object.values(house.exhibits)
    .filter((e) => e.roomId === roomId)
    .map((e) => e.exhibit)
    .filter((x) => x.model.kind !== 'marker' && x.model.yM <= MAX_BASE_M && x.model.size.depthM >= MIN_DEPTH_M)
    .map(modelRectangle);
  return [...exhibits, ...(extra.get(roomId) ?? [])];
}

/** Each opening of a room as a source of daylight, weighed by what fills it. */
function openingsLight(house: House, room: Room): Opening[] {
  const list: Opening[] = [];
  for (const side of ['north', 'south', 'west', 'east'] as const) {
    const line = wallLine(room.footprint, side);
    for (const o of openingsOf(house, room, line)) {
      const centre = pointOnWall(line, (o.a0 + o.a1) / 2, -T);
      const size = Math.min(1.5, ((o.a1 - o.a0) * (o.top - o.sill)) / 1.5);
      const other = o.doorway ? house.rooms[o.doorway.rooms.find((r) => r !== room.id)!] : undefined;
      const fill = o.window ? WINDOW_LIGHT[o.window.state] : other?.kind === 'outdoor' ? 1 : 0.35;
      if (fill > 0) list.push({ x: centre.xM, y: (o.sill + o.top) / 2, z: centre.zM, weight: fill * size });
    }
  }
  return list;
}

/** How much daylight each kind of window lets in (the sources: bars and steel shutters made the rooms dark). */
const WINDOW_LIGHT = { open: 1, barred: 0.8, 'half-bricked': 0.45, 'steel-shuttered': 0.3, bricked: 0 } as const;

function addRoom(b: ShadeBuffers, house: House, room: Room, night: boolean, extra: ExtraFootprints): void {
  const f = room.footprint;
  const X0 = f.xM + T;
  const X1 = f.xM + f.widthM - T;
  const Z0 = f.zM + T;
  const Z1 = f.zM + f.depthM - T;
  const H = room.wallHeightM;
  const openings = night ? [] : openingsLight(house, room);
  const light = (p: Vec3) => (night ? NIGHT_BASE : openingLight(openings, p.x, p.y, p.z));
  const doors = doorSpans(house, room);
  const open = (side: keyof typeof doors, along: number) => doors[side].some(([a0, a1]) => along > a0 && along < a1);
  const wall = (side: keyof typeof doors, along: number, d: number) => (open(side, along) ? 1 : edgeOcclusion(d));
  const walls = (p: Vec3) =>
    wall('west', p.z - f.zM, p.x - X0) * wall('east', p.z - f.zM, X1 - p.x) * wall('north', p.x - f.xM, p.z - Z0) * wall('south', p.x - f.xM, Z1 - p.z);
  const footprints = footprintsIn(house, room.id, extra);
  const xs = gridLines(X1 - X0, footprints.flatMap((r) => [r.xM - X0, r.xM + r.widthM - X0]));
  const zs = gridLines(Z1 - Z0, footprints.flatMap((r) => [r.zM - Z0, r.zM + r.depthM - Z0]));
  // Floor (facing up: u along z, v along x), then ceiling (facing down).
  b.face({ x: X0, y: LIFT_M, z: Z0 }, { x: 0, y: 0, z: 1 }, { x: 1, y: 0, z: 0 }, zs, xs, (p) =>
    light(p) * walls(p) * contactShade(footprints, p.x, p.z),
  );
  b.face({ x: X0, y: H - LIFT_M, z: Z0 }, { x: 1, y: 0, z: 0 }, { x: 0, y: 0, z: 1 }, xs, zs, (p) => light(p) * walls(p));
  addWalls(b, house, room, light);
}

/** The ground round an object in the garden: its contact shade only (the sun's shadow does the rest). */
function addGroundPatch(b: ShadeBuffers, f: Footprint): void {
  const m = CONTACT_MARGIN_M;
  const us = gridLines(f.depthM + 2 * m, [m, m + f.depthM]);
  const vs = gridLines(f.widthM + 2 * m, [m, m + f.widthM]);
  b.face({ x: f.xM - m, y: LIFT_M, z: f.zM - m }, { x: 0, y: 0, z: 1 }, { x: 1, y: 0, z: 0 }, us, vs, (p) => contactShade([f], p.x, p.z));
}

/** The shade of each indoor room, and of the garden's ground round its objects, apart: drawn as one mesh each, so
 *  the rooms out of view are left out of a frame (the whole house's shade in one mesh was 46k triangles a frame). */
export function bakeShadeByRoom(house: House, night: boolean, extra: ExtraFootprints = new Map()): ShadeArrays[] {
  const parts: ShadeArrays[] = [];
  for (const id of house.order) {
    const b = new ShadeBuffers();
    const room = house.rooms[id];
    if (room.kind === 'indoor') addRoom(b, house, room, night, extra);
    else for (const f of footprintsIn(house, id, extra)) addGroundPatch(b, f);
    if (b.indices.length) parts.push(arraysOf(b));
  }
  return parts;
}

/** The whole house's shade as one set of arrays (what the tests read). */
export function bakeShade(house: House, night: boolean, extra: ExtraFootprints = new Map()): ShadeArrays {
  const parts = bakeShadeByRoom(house, night, extra);
  const positions = new Float32Array(parts.reduce((n, p) => n + p.positions.length, 0));
  const colours = new Float32Array(positions.length);
  const indices = new Uint32Array(parts.reduce((n, p) => n + p.indices.length, 0));
  let v = 0;
  let i = 0;
  for (const p of parts) {
    positions.set(p.positions, v);
    colours.set(p.colours, v);
    for (let k = 0; k < p.indices.length; k++) indices[i + k] = p.indices[k] + v / 3;
    v += p.positions.length;
    i += p.indices.length;
  }
  return { positions, colours, indices };
}

function arraysOf(b: ShadeBuffers): ShadeArrays {
  const colours = new Float32Array(b.light.length * 3);
  b.light.forEach((l, i) => {
    const v = Math.max(0.12, Math.min(1, l));
    // The factor is what the framebuffer (sRGB) is multiplied by: stored linear, as the material converts out.
    colours[i * 3] = v ** 2.2;
    colours[i * 3 + 1] = v ** 2.25;
    colours[i * 3 + 2] = v ** 2.35;
  });
  return { positions: new Float32Array(b.positions), colours, indices: new Uint32Array(b.indices) };
}
