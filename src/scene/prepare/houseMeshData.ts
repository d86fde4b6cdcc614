// Everything the 3D view draws of the house, built from the room data as plain arrays: the merged surfaces of
// walls, floors and roofs, the merged exhibit models, and the instanced parts. Pure: it runs in a worker (see
// src/startup/workers/houseMeshes.worker.ts), or on the page where workers are missing.
import type { House } from '../../../rooms/validate';
import type { Part } from '../exhibits/parts';
import type { ExhibitSurface } from '../../models/palette';
import { buildHouse } from '../geometry/buildHouse';
import type { Surface } from '../geometry/surfaces';
import { buildExhibits, type TriangleRange } from '../exhibits/buildExhibits';
import { buffersOf, toArrays, type MeshArrays } from './meshArrays';

export interface InstancedArrays {
  shape: Part['shape'];
  surface: ExhibitSurface;
  exhibitId: string;
  /** Column-major 4×4 matrices, one after another. */
  matrices: Float32Array;
}

export interface HouseMeshData {
  surfaces: [Surface, MeshArrays][];
  exhibits: [ExhibitSurface, MeshArrays][];
  /** Per merged exhibit surface: which exhibit each run of triangles belongs to. */
  exhibitRanges: [ExhibitSurface, TriangleRange[]][];
  instanced: InstancedArrays[];
  /** The surfaces' textures by key, where the mesh worker painted them; otherwise empty. */
  pictures: [string, ImageBitmap][];
}

export function buildHouseMeshData(house: House): HouseMeshData {
  const surfaces = buildHouse(house);
  const exhibits = buildExhibits(house);
  const data: HouseMeshData = {
    surfaces: [...surfaces].map(([s, g]) => [s, toArrays(g)]),
    exhibits: [...exhibits.merged].map(([s, g]) => [s, toArrays(g)]),
    exhibitRanges: [...exhibits.ranges],
    instanced: exhibits.instanced.map((b) => {
      const matrices = new Float32Array(b.matrices.length * 16);
      b.matrices.forEach((m, i) => m.toArray(matrices, i * 16));
      return { shape: b.shape, surface: b.surface, exhibitId: b.exhibitId, matrices };
    }),
    pictures: [],
  };
  surfaces.forEach((g) => g.dispose());
  exhibits.dispose();
  return data;
}

export const buffersOfHouse = (d: HouseMeshData) =>
  buffersOf([...d.surfaces, ...d.exhibits].map(([, m]) => m), d.instanced.map((b) => b.matrices));
