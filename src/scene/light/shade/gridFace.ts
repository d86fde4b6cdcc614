// A flat face laid out as a grid of cells, each vertex carrying how much light reaches it: the baked shade's
// building block. Grid lines are denser near the face's edges (where corners darken fastest) and wherever the
// caller asks (an opening's edge, a table's footprint), so a linear blend between vertices follows the shade.
export interface Vec3 {
  x: number;
  y: number;
  z: number;
}

/** Off the surface it darkens, so it is never behind it (with the material's polygon offset). */
export const LIFT_M = 0.004;

/** Grid lines from 0 to `length`: close together within the first and last half metre, then every `STEP_M`: the
 *  light from a window changes over metres (shadeFactors.ts), a corner's within 20 cm. Lines every 0.45 m and five
 *  near each edge made 46k triangles for the house, drawn again each frame; these make about half. */
const EDGE_LINES_M = [0, 0.1, 0.26, 0.5];
const STEP_M = 0.8;

export function gridLines(length: number, extra: readonly number[] = []): number[] {
  const lines = new Set<number>();
  for (const e of EDGE_LINES_M) if (e < length / 2) lines.add(e).add(length - e);
  for (let at = EDGE_LINES_M[EDGE_LINES_M.length - 1]; at < length; at += STEP_M) lines.add(at);
  for (const e of extra) if (e > 0 && e < length) lines.add(e);
  lines.add(length);
  // Lines closer than 2 cm add triangles and no shade.
  const sorted = [...lines].sort((a, b) => a - b);
  return sorted.filter((v, i) => i === 0 || v - sorted[i - 1] > 0.02);
}

/** Growing arrays of the shade's vertices (position, light) and triangles. */
export class ShadeBuffers {
  positions: number[] = [];
  light: number[] = [];
  indices: number[] = [];

  /**
   * Adds the face `origin + u·U + v·V` for u in `us`, v in `vs`, lit `lightAt(point, u, v)` (0 black … 1 as lit).
   * Cells for which `skip(u0, u1, v0, v1)` holds are left out (the openings of a wall). U × V must point to where
   * the face is seen from, so its triangles face the visitor.
   */
  face(
    origin: Vec3,
    U: Vec3,
    V: Vec3,
    us: readonly number[],
    vs: readonly number[],
    lightAt: (p: Vec3, u: number, v: number) => number,
    skip?: (u0: number, u1: number, v0: number, v1: number) => boolean,
  ): void {
    const first = this.positions.length / 3;
    const p: Vec3 = { x: 0, y: 0, z: 0 };
    for (const v of vs)
      for (const u of us) {
        p.x = origin.x + U.x * u + V.x * v;
        p.y = origin.y + U.y * u + V.y * v;
        p.z = origin.z + U.z * u + V.z * v;
        this.positions.push(p.x, p.y, p.z);
        this.light.push(lightAt(p, u, v));
      }
    const row = us.length;
    for (let j = 0; j + 1 < vs.length; j++)
      for (let i = 0; i + 1 < row; i++) {
        if (skip?.(us[i], us[i + 1], vs[j], vs[j + 1])) continue;
        const a = first + j * row + i;
        this.indices.push(a, a + 1, a + row + 1, a, a + row + 1, a + row);
      }
  }
}
