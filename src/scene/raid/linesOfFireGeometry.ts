// The lines of fire of a reconstruction as one geometry: each line a thin square rod from where the gun was to
// where its shots went, so one draw call shows every line (the night's view stays within its draw-call budget),
// and the rods keep their width in a headset, where a GL line is one pixel thin whatever the distance.
import { BufferAttribute, BufferGeometry } from 'three';
import type { Exhibit } from '../../../rooms/schema';

/** A rod's side, metres: seen from across a room it reads as a line, not as a beam. */
const ROD_M = 0.007;
/** Each line fades from the gun (1) towards its mark (this much), so the direction of fire reads at a glance. */
const FAR_BRIGHTNESS = 0.35;

type Point = { xM: number; yM: number; zM: number };

/** The rods of every line of these exhibits, or null when they have none. */
export function linesOfFireGeometry(exhibits: readonly Exhibit[]): BufferGeometry | null {
  const lines: [Point, Point][] = exhibits.flatMap((x) => (x.linesOfFire ? x.linesOfFire.to.map((to) => [x.linesOfFire!.from, to] as [Point, Point]) : []));
  if (!lines.length) return null;
  // Per rod: 8 corners (4 at each end) and 8 triangles (the four long sides; the ends are too small to see).
  const positions = new Float32Array(lines.length * 8 * 3);
  const colours = new Float32Array(lines.length * 8 * 3);
  const index = new Uint16Array(lines.length * 24);
  const half = ROD_M / 2;
  lines.forEach(([a, b], n) => {
    const d = [b.xM - a.xM, b.yM - a.yM, b.zM - a.zM];
    const length = Math.hypot(d[0], d[1], d[2]) || 1;
    const dir = d.map((v) => v / length);
    // Two directions across the rod: any vector not along it, crossed twice.
    const helper = Math.abs(dir[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
    const u = normalise(cross(dir, helper));
    const v = cross(dir, u);
    const corners = [
      [u[0] + v[0], u[1] + v[1], u[2] + v[2]],
      [u[0] - v[0], u[1] - v[1], u[2] - v[2]],
      [-u[0] - v[0], -u[1] - v[1], -u[2] - v[2]],
      [-u[0] + v[0], -u[1] + v[1], -u[2] + v[2]],
    ];
    [a, b].forEach((end, e) => {
      const brightness = e === 0 ? 1 : FAR_BRIGHTNESS;
      corners.forEach((c, k) => {
        const i = (n * 8 + e * 4 + k) * 3;
        positions[i] = end.xM + c[0] * half;
        positions[i + 1] = end.yM + c[1] * half;
        positions[i + 2] = end.zM + c[2] * half;
        colours[i] = colours[i + 1] = colours[i + 2] = brightness;
      });
    });
    for (let k = 0; k < 4; k++) {
      const next = (k + 1) % 4;
      const [a0, a1, b0, b1] = [n * 8 + k, n * 8 + next, n * 8 + 4 + k, n * 8 + 4 + next];
      index.set([a0, b0, a1, a1, b0, b1], n * 24 + k * 6);
    }
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('color', new BufferAttribute(colours, 3));
  geometry.setIndex(new BufferAttribute(index, 1));
  geometry.computeBoundingSphere();
  return geometry;
}

const cross = (a: number[], b: number[]) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const normalise = (a: number[]) => {
  const l = Math.hypot(a[0], a[1], a[2]) || 1;
  return a.map((x) => x / l);
};
