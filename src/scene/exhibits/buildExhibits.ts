// Turns every exhibit of the house into merged geometry: one BufferGeometry per surface for all models, plus
// the instanced parts (the encyclopedia's volumes) as matrices. Built once; the scene owns and disposes it.
import { Euler, Matrix4, Quaternion, Vector3, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { House } from '../../../rooms/validate';
import type { Exhibit } from '../../../rooms/schema';
import type { Part } from './parts';
import type { ExhibitSurface } from '../../models/palette';
import { modelOf } from '../../models/registry';
import { unitShape } from './unitShapes';
import type { TriangleRange } from './triangleRanges';

export type { TriangleRange };

/** Places a model in the house: its front (+z) turned to face the exhibit's heading. */
export function modelMatrix(exhibit: Exhibit, target = new Matrix4()): Matrix4 {
  const { xM, yM, zM, facingDeg } = exhibit.model;
  // Heading is clockwise from north (−z); the model's front is +z, so it turns by π − heading about y.
  const yaw = Math.PI - (facingDeg * Math.PI) / 180;
  return target.makeRotationY(yaw).setPosition(xM, yM, zM);
}

function partMatrix(part: Pick<Part, 'at' | 'size' | 'rotation'>, target = new Matrix4()): Matrix4 {
  const q = new Quaternion().setFromEuler(new Euler(...(part.rotation ?? [0, 0, 0])));
  return target.compose(new Vector3(...part.at), q, new Vector3(...part.size));
}

export interface InstancedBatch {
  shape: Part['shape'];
  surface: ExhibitSurface;
  matrices: Matrix4[];
  exhibitId: string;
}

export interface ExhibitGeometry {
  merged: Map<ExhibitSurface, BufferGeometry>;
  /** Per merged surface, in order: lets a click on a model find its exhibit. */
  ranges: Map<ExhibitSurface, TriangleRange[]>;
  instanced: InstancedBatch[];
  dispose(): void;
}

export function buildExhibits(house: House): ExhibitGeometry {
  const units = new Map<Part['shape'], BufferGeometry>();
  const unit = (shape: Part['shape']) => units.get(shape) ?? units.set(shape, unitShape(shape)).get(shape)!;
  const pieces = new Map<ExhibitSurface, BufferGeometry[]>();
  const ranges = new Map<ExhibitSurface, TriangleRange[]>();
  const triangles = new Map<ExhibitSurface, number>();
  const instanced: InstancedBatch[] = [];
  const place = new Matrix4();
  const local = new Matrix4();

  for (const { exhibit } of Object.values(house.exhibits)) {
    if (exhibit.model.kind === 'marker') continue;
    const model = modelOf(exhibit.model.kind).build();
    modelMatrix(exhibit, place);
    for (const part of model.parts) {
      const g = unit(part.shape).clone().applyMatrix4(local.multiplyMatrices(place, partMatrix(part)));
      (pieces.get(part.surface) ?? pieces.set(part.surface, []).get(part.surface)!).push(g);
      const end = (triangles.get(part.surface) ?? 0) + g.index!.count / 3;
      triangles.set(part.surface, end);
      const list = ranges.get(part.surface) ?? ranges.set(part.surface, []).get(part.surface)!;
      if (list.length && list[list.length - 1].exhibitId === exhibit.id) list[list.length - 1].endTriangle = end;
      else list.push({ endTriangle: end, exhibitId: exhibit.id });
    }
    for (const batch of model.instanced ?? [])
      instanced.push({
        shape: batch.shape,
        surface: batch.surface,
        exhibitId: exhibit.id,
        matrices: batch.at.map((at) => new Matrix4().multiplyMatrices(place, partMatrix({ at, size: batch.size }))),
      });
  }

  const merged = new Map<ExhibitSurface, BufferGeometry>();
  for (const [surface, list] of pieces) {
    const g = mergeGeometries(list, false);
    list.forEach((p) => p.dispose());
    if (g) merged.set(surface, g);
  }
  return {
    merged,
    ranges,
    instanced,
    dispose() {
      merged.forEach((g) => g.dispose());
      units.forEach((g) => g.dispose());
    },
  };
}
