// The chicken coop: a small gabled wooden hen-house with a door and a pop-hole, a wire run beside it on posts,
// and three hens. 2.2 × 1.6, 1.7 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import type { ExhibitSurface } from './palette';
import { defineModel } from './kit/defineModel';
import { box, cone, place, QUARTER, span, sphere } from './kit/primitives';

export default defineModel({
  kind: 'chicken-coop',
  size: { widthM: 2.2, depthM: 1.6, heightM: 1.7 },
  hotspotM: 1.9,
  build: chickenCoop,
});

/** A hen at the origin, looking towards +z. */
function hen(feathers: ExhibitSurface): Part[] {
  return [
    sphere(feathers, [0.19, 0.18, 0.28], [0, 0.15, 0]),
    box(feathers, [0.12, 0.1, 0.05], [0, 0.25, -0.12], [-0.5, 0, 0]),
    sphere(feathers, 0.1, [0, 0.29, 0.12]),
    cone('straw', 0.03, 0.045, [0, 0.285, 0.185], [QUARTER, 0, 0]),
    box('flag-red', [0.015, 0.04, 0.05], [0, 0.345, 0.12]),
  ];
}

function chickenCoop(): ModelParts {
  // The hen-house, at the back left.
  const cx = -0.62;
  const x0 = cx - 0.405;
  const x1 = cx + 0.405;
  const z0 = -0.7;
  const z1 = 0.5;
  const wall = 1.25;
  const half = (x1 - x0) / 2;
  const peak = wall + half;
  const side = half * Math.SQRT2; // the gable is a square prism turned 45°, its lower half inside the walls
  const t = 0.03;
  const slope = side + 0.06; // roof board length, with a little overhang at the eaves
  const roof = (dir: number): Part => {
    const along = dir * Math.SQRT1_2; // down the slope, x and y
    const cxr = cx + along * (slope / 2) + dir * (t / 2) * Math.SQRT1_2;
    const cyr = peak - Math.SQRT1_2 * (slope / 2) + (t / 2) * Math.SQRT1_2;
    return box('wood-dark', [slope, t, z1 - z0 + 0.1], [cxr, cyr, (z0 + z1) / 2], [0, 0, -dir * (Math.PI / 4)]);
  };
  const parts: Part[] = [
    span('wood-mid', [x0, 0, z0], [x1, wall, z1]),
    box('wood-mid', [side, side, z1 - z0], [cx, wall, (z0 + z1) / 2], [0, 0, Math.PI / 4]),
    roof(1),
    roof(-1),
    span('wood-dark', [cx - 0.2, 0.08, z1], [cx + 0.2, 0.95, z1 + 0.02]),
    box('metal-dark', [0.03, 0.08, 0.02], [cx + 0.15, 0.52, z1 + 0.025]),
    span('black', [cx - 0.08, wall + 0.05, z1], [cx + 0.08, wall + 0.17, z1 + 0.01]),
    // The pop-hole into the run, and its ramp.
    span('black', [x1, 0.14, -0.15], [x1 + 0.01, 0.36, 0.05]),
    box('wood-light', [Math.hypot(0.35, 0.14), 0.02, 0.18], [x1 + 0.175, 0.08, -0.05], [0, 0, -Math.atan2(0.14, 0.35)]),
  ];

  // The run: posts, top rails and wire, from the side of the house to the right-hand edge.
  const rx0 = x1;
  const rx1 = 1.1;
  const rz0 = z0;
  const rz1 = 0.8;
  const h = 1.1;
  parts.push(span('straw', [rx0 + 0.01, 0, rz0 + 0.03], [rx1 - 0.03, 0.02, rz1 - 0.03]));
  const posts: [number, number][] = [
    [rx0 + 0.025, rz1 - 0.025],
    [0.45, rz1 - 0.025],
    [rx1 - 0.025, rz1 - 0.025],
    [rx1 - 0.025, 0.05],
    [rx1 - 0.025, rz0 + 0.025],
    [0.45, rz0 + 0.025],
  ];
  for (const [x, z] of posts) parts.push(box('wood-mid', [0.05, h, 0.05], [x, h / 2, z]));
  parts.push(
    span('wood-mid', [rx0, h - 0.04, rz1 - 0.05], [rx1, h, rz1]),
    span('wood-mid', [rx0, h - 0.04, rz0], [rx1, h, rz0 + 0.05]),
    span('wood-mid', [rx1 - 0.05, h - 0.04, rz0], [rx1, h, rz1]),
    span('wood-mid', [rx0, h - 0.04, z1], [rx0 + 0.05, h, rz1]),
  );
  const wire = (size: [number, number, number], at: [number, number, number]) => parts.push(box('wire', size, at));
  for (let i = 1; i <= 6; i++) wire([0.006, h - 0.04, 0.006], [rx0 + ((rx1 - rx0) * i) / 7, (h - 0.04) / 2, rz1 - 0.025]);
  for (let i = 1; i <= 6; i++) wire([0.006, h - 0.04, 0.006], [rx1 - 0.025, (h - 0.04) / 2, rz0 + ((rz1 - rz0) * i) / 7]);
  for (let i = 1; i <= 3; i++) wire([0.006, h - 0.04, 0.006], [rx0 + ((rx1 - rx0) * i) / 4, (h - 0.04) / 2, rz0 + 0.025]);
  wire([0.006, h - 0.04, 0.006], [rx0 + 0.025, (h - 0.04) / 2, (z1 + rz1) / 2]);
  for (const y of [0.3, 0.7]) {
    wire([rx1 - rx0, 0.006, 0.006], [(rx0 + rx1) / 2, y, rz1 - 0.025]);
    wire([rx1 - rx0, 0.006, 0.006], [(rx0 + rx1) / 2, y, rz0 + 0.025]);
    wire([0.006, 0.006, rz1 - rz0], [rx1 - 0.025, y, (rz0 + rz1) / 2]);
    wire([0.006, 0.006, rz1 - z1], [rx0 + 0.025, y, (z1 + rz1) / 2]);
  }

  parts.push(
    ...place(hen('fabric-white'), [0.25, 0.02, 0.4], [0, 0.5, 0]),
    ...place(hen('terracotta'), [0.75, 0.02, -0.25], [0, -1.3, 0]),
    ...place(hen('straw'), [0.8, 0.02, 0.45], [0, 2.6, 0]),
  );
  return { parts };
}
