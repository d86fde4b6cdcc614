// The bullet holes left in the bedroom wall by the attack of May 1940: a flat patch against the wall (its back at
// -z), 2.2 wide and 1.4 high, of small dark holes with chipped plaster around some of them — a few tight clusters
// where bursts hit and a scatter between, always the same pattern.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { seededRandom } from '../util/seededRandom';
import { defineModel } from './kit/defineModel';
import { cylZ } from './kit/primitives';

export default defineModel({
  kind: 'bullet-holes',
  // Holes in a wall: a flat patch, its back against the wall behind it.
  size: { widthM: 2.2, depthM: 0.02, heightM: 1.4 },
  hotspotM: 0.7,
  build: bulletHoles,
});

const W = 2.2;
const H = 1.4;

function bulletHoles(): ModelParts {
  const random = seededRandom(19400524);
  const parts: Part[] = [];
  const holes: [number, number, number][] = [];
  const inside = (x: number, y: number, margin: number): [number, number] => [
    Math.min(W / 2 - margin, Math.max(-W / 2 + margin, x)),
    Math.min(H - margin, Math.max(margin, y)),
  ];
  const hole = (x: number, y: number) => {
    const d = 0.01 + random() * 0.015;
    const [cx, cy] = inside(x, y, 0.02);
    holes.push([cx, cy, d]);
  };
  // Bursts: clusters of holes around a few points spread across the patch.
  const clusters: [number, number, number][] = [
    [-0.75, 0.95, 7],
    [-0.2, 0.45, 8],
    [0.35, 1.05, 6],
    [0.8, 0.55, 7],
  ];
  for (const [x, y, n] of clusters) {
    for (let i = 0; i < n; i++) {
      const a = random() * 2 * Math.PI;
      const r = 0.02 + random() * 0.12;
      hole(x + r * Math.cos(a), y + r * Math.sin(a));
    }
  }
  // The scatter, including strays near the edges of the patch.
  const strays: [number, number][] = [
    [-1.05, 0.2],
    [1.05, 1.3],
    [-0.95, 1.32],
    [1.0, 0.12],
  ];
  for (const [x, y] of strays) hole(x, y);
  for (let i = 0; i < 10; i++) hole((random() - 0.5) * W, 0.05 + random() * (H - 0.1));

  // Chipped plaster behind about a third of the holes: a paler, larger disc on the wall.
  for (const [i, [x, y, d]] of holes.entries()) {
    if (i % 3 !== 0) continue;
    const D = d + 0.03 + random() * 0.04;
    const [cx, cy] = inside(x + (random() - 0.5) * 0.01, y + (random() - 0.5) * 0.01, D / 2);
    parts.push(cylZ('painted-cream', D, 0.004, [cx, cy, -0.007]));
  }
  for (const [x, y, d] of holes) parts.push(cylZ('black', d, 0.012, [x, y, 0.003]));
  return { parts };
}
