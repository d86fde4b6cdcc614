// Exhibit models as data: lists of primitive parts, merged per material by the scene so the whole house's
// furniture costs a few draw calls.
import type { ExhibitSurface } from '../../models/palette';

/** One primitive, in the model's own frame: metres, y up, origin at the centre of the model's floor rectangle,
 *  the model's FRONT facing +z. `size` is [x, y, z] extents (a cylinder: [diameter, height, diameter]; a sphere:
 *  [diameter, diameter, diameter]; a cone: [base diameter, height, base diameter]); `at` is the part's centre. */
export interface Part {
  shape: 'box' | 'cylinder' | 'sphere' | 'cone';
  size: [number, number, number];
  at: [number, number, number];
  /** Euler angles in radians (XYZ order), applied about the part's centre. */
  rotation?: [number, number, number];
  surface: ExhibitSurface;
}

/** Many copies of one primitive (the 86 encyclopedia volumes): drawn as one instanced mesh. */
export interface InstancedParts {
  shape: 'box';
  size: [number, number, number];
  at: [number, number, number][];
  surface: ExhibitSurface;
}

export interface ModelParts {
  parts: Part[];
  instanced?: InstancedParts[];
}
