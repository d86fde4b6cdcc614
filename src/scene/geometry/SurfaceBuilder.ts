// Collects axis-aligned quads and boxes per surface (one surface = one material), so that a whole house is a
// handful of merged meshes and draw calls. UVs are in world metres: textures tile at true scale across pieces.
import { BufferGeometry, Float32BufferAttribute } from 'three';

export type Face = 'px' | 'nx' | 'py' | 'ny' | 'pz' | 'nz';
export type FaceSurfaces<K extends string> = Partial<Record<Face, K | null>>;

interface Buffers {
  positions: number[];
  normals: number[];
  uvs: number[];
  indices: number[];
}

export interface Vec3 {
  x: number;
  y: number;
  z: number;
}

export class SurfaceBuilder<K extends string> {
  private readonly buffers = new Map<K, Buffers>();

  private target(key: K): Buffers {
    let b = this.buffers.get(key);
    if (!b) this.buffers.set(key, (b = { positions: [], normals: [], uvs: [], indices: [] }));
    return b;
  }

  /** A quad from four corners given counter-clockwise as seen from the side its normal points to. */
  quad(key: K, corners: [Vec3, Vec3, Vec3, Vec3], normal: Vec3): void {
    const b = this.target(key);
    const base = b.positions.length / 3;
    for (const c of corners) {
      b.positions.push(c.x, c.y, c.z);
      b.normals.push(normal.x, normal.y, normal.z);
      // Project onto the two axes the face spans, in metres.
      if (Math.abs(normal.y) > 0.5) b.uvs.push(c.x, -c.z);
      else if (Math.abs(normal.x) > 0.5) b.uvs.push(normal.x > 0 ? -c.z : c.z, c.y);
      else b.uvs.push(normal.z > 0 ? c.x : -c.x, c.y);
    }
    b.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
  }

  /** A box between two corners; each face goes to the surface named for it, or is left out when null/absent. */
  box(min: Vec3, max: Vec3, faces: FaceSurfaces<K>): void {
    const { x: x0, y: y0, z: z0 } = min;
    const { x: x1, y: y1, z: z1 } = max;
    const v = (x: number, y: number, z: number): Vec3 => ({ x, y, z });
    if (faces.px) this.quad(faces.px, [v(x1, y0, z1), v(x1, y0, z0), v(x1, y1, z0), v(x1, y1, z1)], v(1, 0, 0));
    if (faces.nx) this.quad(faces.nx, [v(x0, y0, z0), v(x0, y0, z1), v(x0, y1, z1), v(x0, y1, z0)], v(-1, 0, 0));
    if (faces.py) this.quad(faces.py, [v(x0, y1, z1), v(x1, y1, z1), v(x1, y1, z0), v(x0, y1, z0)], v(0, 1, 0));
    if (faces.ny) this.quad(faces.ny, [v(x0, y0, z0), v(x1, y0, z0), v(x1, y0, z1), v(x0, y0, z1)], v(0, -1, 0));
    if (faces.pz) this.quad(faces.pz, [v(x0, y0, z1), v(x1, y0, z1), v(x1, y1, z1), v(x0, y1, z1)], v(0, 0, 1));
    if (faces.nz) this.quad(faces.nz, [v(x1, y0, z0), v(x0, y0, z0), v(x0, y1, z0), v(x1, y1, z0)], v(0, 0, -1));
  }

  /** The same surface on all six faces. */
  solid(key: K, min: Vec3, max: Vec3): void {
    this.box(min, max, { px: key, nx: key, py: key, ny: key, pz: key, nz: key });
  }

  /** A flat horizontal strip from one point to another at height y, facing up (paths). */
  strip(key: K, from: { x: number; z: number }, to: { x: number; z: number }, widthM: number, y: number): void {
    const len = Math.hypot(to.x - from.x, to.z - from.z) || 1;
    // Half-width perpendicular, extended half a width past each end so joints overlap.
    const px = (-(to.z - from.z) / len) * (widthM / 2);
    const pz = ((to.x - from.x) / len) * (widthM / 2);
    const ex = ((to.x - from.x) / len) * (widthM / 2);
    const ez = ((to.z - from.z) / len) * (widthM / 2);
    const a = { x: from.x - ex, z: from.z - ez };
    const b = { x: to.x + ex, z: to.z + ez };
    const corners: [Vec3, Vec3, Vec3, Vec3] = [
      { x: a.x - px, y, z: a.z - pz },
      { x: a.x + px, y, z: a.z + pz },
      { x: b.x + px, y, z: b.z + pz },
      { x: b.x - px, y, z: b.z - pz },
    ];
    // Wind counter-clockwise seen from above whichever way the strip runs.
    const cross = (corners[1].x - corners[0].x) * (corners[2].z - corners[0].z) - (corners[1].z - corners[0].z) * (corners[2].x - corners[0].x);
    if (cross > 0) corners.reverse();
    this.quad(key, corners, { x: 0, y: 1, z: 0 });
  }

  /** One BufferGeometry per surface; the caller owns and disposes them. */
  build(): Map<K, BufferGeometry> {
    const out = new Map<K, BufferGeometry>();
    for (const [key, b] of this.buffers) {
      const g = new BufferGeometry();
      g.setAttribute('position', new Float32BufferAttribute(b.positions, 3));
      g.setAttribute('normal', new Float32BufferAttribute(b.normals, 3));
      g.setAttribute('uv', new Float32BufferAttribute(b.uvs, 2));
      g.setIndex(b.indices);
      g.computeBoundingSphere();
      g.computeBoundingBox();
      out.set(key, g);
    }
    return out;
  }
}
