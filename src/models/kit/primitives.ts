// The primitives exhibit models are written with: boxes, cylinders, spheres and cones by centre or by corners, rods
// between two points, and a group transform.
import { Euler, Matrix4, Quaternion, Vector3 } from 'three';
import type { Part } from '../../scene/exhibits/parts';
import type { ExhibitSurface } from '../palette';

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
