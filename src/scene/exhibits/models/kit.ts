// Small helpers the exhibit models are written with: primitives by centre or by corners, a group transform, a
// seeded random source, and the few pieces several models share (a chair, a row of books, a desk).
import { Euler, Matrix4, Quaternion, Vector3 } from 'three';
import type { ExhibitSurface, Part } from '../parts';

export type V3 = [number, number, number];

/** A quarter turn: a cylinder turned by [QUARTER, 0, 0] lies along z, by [0, 0, QUARTER] along x. */
export const QUARTER = Math.PI / 2;

const round = (n: number): number => {
  const r = Math.round(n * 1e6) / 1e6;
  return r === 0 ? 0 : r;
};
const r3 = (v: V3): V3 => [round(v[0]), round(v[1]), round(v[2])];

function part(shape: Part['shape'], surface: ExhibitSurface, size: V3, at: V3, rotation?: V3): Part {
  const p: Part = { shape, size: r3(size), at: r3(at), surface };
  if (rotation && rotation.some((a) => a !== 0)) p.rotation = r3(rotation);
  return p;
}

export const box = (surface: ExhibitSurface, size: V3, at: V3, rotation?: V3): Part =>
  part('box', surface, size, at, rotation);

/** A box given by two opposite corners. */
export const span = (surface: ExhibitSurface, min: V3, max: V3): Part =>
  part(
    'box',
    surface,
    [max[0] - min[0], max[1] - min[1], max[2] - min[2]],
    [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2],
  );

/** An upright cylinder. */
export const cyl = (surface: ExhibitSurface, diameter: number, height: number, at: V3, rotation?: V3): Part =>
  part('cylinder', surface, [diameter, height, diameter], at, rotation);

/** A cylinder lying along x. */
export const cylX = (surface: ExhibitSurface, diameter: number, length: number, at: V3): Part =>
  cyl(surface, diameter, length, at, [0, 0, QUARTER]);

/** A cylinder lying along z (a disc facing +z when it is thin). */
export const cylZ = (surface: ExhibitSurface, diameter: number, length: number, at: V3): Part =>
  cyl(surface, diameter, length, at, [QUARTER, 0, 0]);

/** A sphere, or an ellipsoid when given three extents. */
export const sphere = (surface: ExhibitSurface, size: number | V3, at: V3, rotation?: V3): Part =>
  part('sphere', surface, typeof size === 'number' ? [size, size, size] : size, at, rotation);

/** An upright cone, point up. */
export const cone = (surface: ExhibitSurface, diameter: number, height: number, at: V3, rotation?: V3): Part =>
  part('cone', surface, [diameter, height, diameter], at, rotation);

/** A round rod (a pipe, a pole, a length of tube) from one point to another. */
export function rod(surface: ExhibitSurface, diameter: number, from: V3, to: V3): Part {
  const dir = new Vector3(to[0] - from[0], to[1] - from[1], to[2] - from[2]);
  const length = dir.length();
  const turn = new Euler().setFromQuaternion(new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), dir.normalize()), 'XYZ');
  const mid: V3 = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2, (from[2] + to[2]) / 2];
  return cyl(surface, diameter, length, mid, [turn.x, turn.y, turn.z]);
}

const ONE = new Vector3(1, 1, 1);
const matrixOf = (at: V3, rotation: V3 | undefined): Matrix4 =>
  new Matrix4().compose(
    new Vector3(...at),
    new Quaternion().setFromEuler(new Euler(...(rotation ?? [0, 0, 0]), 'XYZ')),
    ONE,
  );

/** Moves and turns a group of parts built about their own origin (the group's rotation applies first). */
export function place(parts: Part[], at: V3, rotation: V3 = [0, 0, 0]): Part[] {
  const group = matrixOf(at, rotation);
  const pos = new Vector3();
  const quat = new Quaternion();
  const scale = new Vector3();
  const euler = new Euler();
  return parts.map((p) => {
    group.clone().multiply(matrixOf(p.at, p.rotation)).decompose(pos, quat, scale);
    euler.setFromQuaternion(quat, 'XYZ');
    return part(p.shape, p.surface, p.size, [pos.x, pos.y, pos.z], [euler.x, euler.y, euler.z]);
  });
}

/** Turn about y that points a model's front (+z) from `from` towards `to` (both [x, z]). */
export const facing = (from: [number, number], to: [number, number]): number =>
  Math.atan2(to[0] - from[0], to[1] - from[1]);

/** A small deterministic random source (mulberry32), so a model looks the same on every load. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ChairSpec {
  /** Top of the back above the floor. */
  height?: number;
  seatHeight?: number;
  width?: number;
  depth?: number;
  frame?: ExhibitSurface;
  seat?: ExhibitSurface;
  back?: ExhibitSurface;
}

/** A plain straight-backed chair at the origin, its front (where one sits down) facing +z, its back at -z. */
export function chair(spec: ChairSpec = {}): Part[] {
  const {
    height = 0.88,
    seatHeight = 0.45,
    width = 0.42,
    depth = 0.42,
    frame = 'wood-mid',
    seat = frame,
    back = seat,
  } = spec;
  const leg = 0.035;
  const hw = width / 2;
  const hd = depth / 2;
  const seatT = 0.03;
  const xs = hw - leg / 2;
  return [
    span(seat, [-hw, seatHeight - seatT, -hd], [hw, seatHeight, hd]),
    span(frame, [-xs - leg / 2, 0, hd - leg], [-xs + leg / 2, seatHeight - seatT, hd]),
    span(frame, [xs - leg / 2, 0, hd - leg], [xs + leg / 2, seatHeight - seatT, hd]),
    // The back legs run on up as the posts of the back.
    span(frame, [-xs - leg / 2, 0, -hd], [-xs + leg / 2, height, -hd + leg]),
    span(frame, [xs - leg / 2, 0, -hd], [xs + leg / 2, height, -hd + leg]),
    span(back, [-xs + leg / 2, height - 0.14, -hd + 0.005], [xs - leg / 2, height - 0.02, -hd + leg - 0.005]),
    span(back, [-xs + leg / 2, seatHeight + 0.12, -hd + 0.008], [xs - leg / 2, seatHeight + 0.18, -hd + leg - 0.008]),
  ];
}

export const BOOK_COLOURS: ExhibitSurface[] = ['book-red', 'book-green', 'book-brown', 'book-blue'];

export interface ShelfSpace {
  x0: number;
  x1: number;
  /** Top of the shelf board the books stand on. */
  y: number;
  /** Clear height up to the next board. */
  clear: number;
  /** Front edge of the shelf. */
  zFront: number;
  /** Usable depth from the front edge back. */
  depth: number;
}

/**
 * Fills a shelf with books, drawn as a few wide blocks of differing height and colour (each block stands for a
 * run of spines), sometimes ending in a leaning block or a short stack lying flat.
 */
export function bookRow(space: ShelfSpace, random: () => number, colours = BOOK_COLOURS): Part[] {
  const parts: Part[] = [];
  const { x0, x1, y, clear, zFront, depth } = space;
  const maxH = clear - 0.02;
  const fillTo = x1 - (random() < 0.45 ? 0.06 + random() * 0.12 : 0.005);
  let x = x0 + 0.005;
  let last = -1;
  const pick = (): ExhibitSurface => {
    let i = Math.floor(random() * colours.length);
    if (i === last) i = (i + 1) % colours.length;
    last = i;
    return colours[i];
  };
  while (fillTo - x > 0.04) {
    const w = Math.min(0.06 + random() * 0.12, fillTo - x);
    const h = Math.min(maxH, maxH * (0.7 + random() * 0.28));
    const d = Math.min(depth - 0.01, 0.16 + random() * 0.07);
    parts.push(box(pick(), [w - 0.004, h, d], [x + w / 2, y + h / 2, zFront - 0.015 - d / 2]));
    x += w;
  }
  const room = x1 - x;
  if (room > 0.09 && random() < 0.5) {
    // A short stack lying flat.
    const bw = Math.min(room - 0.02, 0.2);
    for (let i = 0; i < 3; i++) {
      const t = 0.03 + random() * 0.015;
      const d = Math.min(depth - 0.01, 0.15 + random() * 0.05);
      const yb = y + i * 0.045;
      parts.push(box(pick(), [bw - i * 0.01, t, d], [x + 0.01 + bw / 2, yb + t / 2, zFront - 0.015 - d / 2]));
    }
  } else if (room > 0.06) {
    // A few books leaning on the last block.
    const w = 0.04;
    const h = Math.min(maxH * 0.8, 0.22);
    // Turned about z so that its top leans left (-x) against the block beside it.
    const tilt = 0.22;
    const ex = w * Math.cos(tilt) + h * Math.sin(tilt);
    const ey = w * Math.sin(tilt) + h * Math.cos(tilt);
    const d = Math.min(depth - 0.01, 0.17);
    parts.push(box(pick(), [w, h, d], [x + ex / 2 + 0.002, y + ey / 2, zFront - 0.015 - d / 2], [0, 0, tilt]));
  }
  return parts;
}

/** A pile of loose sheets or a newspaper: a few thin boxes, each a little turned. */
export function paperPile(
  at: V3,
  size: [number, number],
  layers: number,
  random: () => number,
  surface: ExhibitSurface = 'paper',
): Part[] {
  const parts: Part[] = [];
  const t = 0.008;
  for (let i = 0; i < layers; i++) {
    const turn = (random() - 0.5) * 0.3;
    const centre: V3 = [at[0] + (random() - 0.5) * 0.02, at[1] + t / 2 + i * t, at[2] + (random() - 0.5) * 0.02];
    parts.push(box(surface, [size[0], t, size[1]], centre, [0, turn, 0]));
  }
  return parts;
}

export interface DeskSpec {
  width: number;
  depth: number;
  /** Height of the top surface. */
  height: number;
  /** Centre of the desk on the floor. */
  at: [number, number];
  wood?: ExhibitSurface;
  front?: ExhibitSurface;
}

/** A pedestal desk: a top over two banks of drawers with a knee-hole between; the drawers face +z. */
export function pedestalDesk(spec: DeskSpec): Part[] {
  const { width, depth, height, wood = 'wood-dark', front = 'wood-mid' } = spec;
  const [cx, cz] = spec.at;
  const top = 0.035;
  const hw = width / 2;
  const hd = depth / 2;
  const pedW = Math.min(0.42, width * 0.28);
  const parts: Part[] = [
    span(wood, [cx - hw, height - top, cz - hd], [cx + hw, height, cz + hd]),
    // The modesty panel at the back of the knee-hole.
    span(wood, [cx - hw + pedW, height - 0.45, cz - hd + 0.03], [cx + hw - pedW, height - top, cz - hd + 0.05]),
    // The shallow middle drawer.
    span(
      front,
      [cx - hw + pedW + 0.02, height - top - 0.09, cz + hd - 0.04],
      [cx + hw - pedW - 0.02, height - top - 0.01, cz + hd - 0.02],
    ),
    cyl('brass', 0.025, 0.02, [cx, height - top - 0.05, cz + hd - 0.01], [QUARTER, 0, 0]),
  ];
  for (const side of [-1, 1]) {
    const x0 = side < 0 ? cx - hw + 0.02 : cx + hw - 0.02 - pedW;
    const x1 = x0 + pedW;
    parts.push(span(wood, [x0, 0, cz - hd + 0.02], [x1, height - top, cz + hd - 0.03]));
    const drawerH = (height - top - 0.08) / 3;
    for (let i = 0; i < 3; i++) {
      const y0 = 0.06 + i * drawerH;
      parts.push(span(front, [x0 + 0.02, y0 + 0.01, cz + hd - 0.03], [x1 - 0.02, y0 + drawerH - 0.01, cz + hd - 0.01]));
      parts.push(cyl('brass', 0.025, 0.02, [(x0 + x1) / 2, y0 + drawerH / 2, cz + hd], [QUARTER, 0, 0]));
    }
  }
  return parts;
}
