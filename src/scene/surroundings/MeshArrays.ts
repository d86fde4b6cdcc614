// Flat-shaded triangles gathered into plain arrays, then one BufferGeometry: the surroundings are a few hundred
// boxes and trees, so everything of one mesh is pushed here and drawn in one call.
import { BufferAttribute, BufferGeometry, Color } from 'three';

export type V3 = readonly [number, number, number];
/** A rectangle of the texture atlas (u0, v0, u1, v1), or one point of it for a plain colour. */
export type UvRect = readonly [number, number, number, number];

const scratch = new Color();

export class MeshArrays {
  private readonly positions: number[] = [];
  private readonly normals: number[] = [];
  private readonly colours: number[] = [];
  private readonly uvs: number[] = [];

  /** `white` is where the atlas is plain white: a colour-only face samples it, so the vertex colour shows as is. */
  constructor(private readonly white: readonly [number, number]) {}

  get triangles(): number {
    return this.positions.length / 9;
  }

  /** One triangle, its normal worked out from its winding (counter-clockwise seen from the front). */
  triangle(a: V3, b: V3, c: V3, colour: string, uv?: [readonly [number, number], readonly [number, number], readonly [number, number]]): void {
    const ux = b[0] - a[0], uy = b[1] - a[1], uz = b[2] - a[2];
    const vx = c[0] - a[0], vy = c[1] - a[1], vz = c[2] - a[2];
    let nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    const len = Math.hypot(nx, ny, nz) || 1;
    nx /= len; ny /= len; nz /= len;
    // Vertex colours are mixed in linear light: the palette's sRGB converted once per face.
    scratch.set(colour);
    for (const [i, p] of [a, b, c].entries()) {
      this.positions.push(p[0], p[1], p[2]);
      this.normals.push(nx, ny, nz);
      this.colours.push(scratch.r, scratch.g, scratch.b);
      const t = uv ? uv[i] : this.white;
      this.uvs.push(t[0], t[1]);
    }
  }

  /** A quad a, b, c, d in counter-clockwise order seen from the front; `uv` maps it onto an atlas rectangle. */
  quad(a: V3, b: V3, c: V3, d: V3, colour: string, uv?: UvRect): void {
    const t = uv && ([[uv[0], uv[1]], [uv[2], uv[1]], [uv[2], uv[3]], [uv[0], uv[3]]] as const);
    this.triangle(a, b, c, colour, t ? [t[0], t[1], t[2]] : undefined);
    this.triangle(a, c, d, colour, t ? [t[0], t[2], t[3]] : undefined);
  }

  /** A box standing on the ground, its bottom left open (nothing sees it): sides in one colour, top in another. */
  box(x0: number, z0: number, x1: number, z1: number, y0: number, y1: number, side: string, top: string): void {
    this.quad([x0, y1, z0], [x0, y1, z1], [x1, y1, z1], [x1, y1, z0], top);
    this.quad([x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1], side); // south
    this.quad([x1, y0, z0], [x0, y0, z0], [x0, y1, z0], [x1, y1, z0], side); // north
    this.quad([x1, y0, z1], [x1, y0, z0], [x1, y1, z0], [x1, y1, z1], side); // east
    this.quad([x0, y0, z0], [x0, y0, z1], [x0, y1, z1], [x0, y1, z0], side); // west
  }

  build(): BufferGeometry {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(this.positions), 3));
    g.setAttribute('normal', new BufferAttribute(new Float32Array(this.normals), 3));
    g.setAttribute('color', new BufferAttribute(new Float32Array(this.colours), 3));
    g.setAttribute('uv', new BufferAttribute(new Float32Array(this.uvs), 2));
    g.computeBoundingSphere();
    return g;
  }
}
