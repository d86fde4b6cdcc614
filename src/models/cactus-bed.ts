// The cactus bed in the garden: a low stone-edged bed of earth with a tall armed columnar cactus, a clump of organ
// pipes, a prickly pear, barrel cacti and a small cushion cactus. 2.4 × 1.6, 1.8 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import type { ExhibitSurface } from './palette';
import { defineModel } from './kit/defineModel';
import { cyl, cylX, span, sphere, type V3 } from './kit/primitives';

export default defineModel({
  kind: 'cactus-bed',
  size: { widthM: 2.4, depthM: 1.6, heightM: 1.8 },
  hotspotM: 1.9,
  build: cactusBed,
});

const EARTH = 0.16;

/** A column with a rounded top, standing on the earth at (x, z). */
function stem(surface: ExhibitSurface, x: number, z: number, d: number, top: number, base = EARTH - 0.04): Part[] {
  const h = top - d / 2 - base;
  return [cyl(surface, d, h, [x, base + h / 2, z]), sphere(surface, d, [x, top - d / 2, z])];
}

/** An arm: out sideways from a trunk at height y, then up to `top`. */
function arm(surface: ExhibitSurface, x: number, z: number, side: number, reach: number, y: number, top: number, d: number): Part[] {
  const out = x + side * reach;
  return [cylX(surface, d, reach, [x + (side * reach) / 2, y, z]), ...stem(surface, out, z, d, top, y - d / 2)];
}

function cactusBed(): ModelParts {
  const parts: Part[] = [
    // The stone edging and the earth inside it.
    span('stone', [-1.2, 0, 0.65], [1.2, 0.2, 0.8]),
    span('stone', [-1.2, 0, -0.8], [1.2, 0.2, -0.65]),
    span('stone', [-1.2, 0, -0.65], [-1.05, 0.2, 0.65]),
    span('stone', [1.05, 0, -0.65], [1.2, 0.2, 0.65]),
    span('earth', [-1.05, 0, -0.65], [1.05, EARTH, 0.65]),
    sphere('stone-dark', [0.14, 0.08, 0.11], [-0.9, EARTH, 0.5]),
    sphere('stone-dark', [0.1, 0.06, 0.09], [0.35, EARTH, 0.05]),

    // The tall columnar cactus with two arms, at the back left.
    ...stem('cactus', -0.7, -0.3, 0.2, 1.8),
    ...arm('cactus', -0.7, -0.3, 1, 0.24, 0.85, 1.32, 0.13),
    ...arm('cactus', -0.7, -0.3, -1, 0.22, 1.05, 1.5, 0.12),

    // A clump of organ-pipe stems at the back right.
    ...stem('cactus-light', 0.45, -0.42, 0.13, 1.45),
    ...stem('cactus-light', 0.62, -0.3, 0.12, 1.2),
    ...stem('cactus-light', 0.5, -0.2, 0.11, 0.9),
    ...stem('cactus-light', 0.74, -0.48, 0.12, 1.02),

    // A smaller armed cactus at the front right.
    ...stem('cactus', 0.85, 0.3, 0.16, 0.95),
    ...arm('cactus', 0.85, 0.3, -1, 0.16, 0.5, 0.78, 0.1),

    // Barrel cacti at the front, the biggest with its yellow crown.
    sphere('cactus-light', [0.38, 0.34, 0.38], [-0.2, EARTH + 0.13, 0.38]),
    sphere('straw', [0.14, 0.05, 0.14], [-0.2, EARTH + 0.29, 0.38]),
    sphere('cactus', [0.27, 0.24, 0.27], [0.18, EARTH + 0.09, 0.48]),
    sphere('cactus-light', [0.22, 0.2, 0.22], [-0.6, EARTH + 0.07, 0.42]),

    // A cushion cactus: three small heads together.
    sphere('cactus-light', 0.13, [0.52, EARTH + 0.04, 0.42]),
    sphere('cactus-light', 0.11, [0.62, EARTH + 0.03, 0.47]),
    sphere('cactus-light', 0.1, [0.57, EARTH + 0.03, 0.34]),
  ];

  // The prickly pear: a short woody trunk and flat oval pads, with two red fruits on the rims.
  const pear: [V3, V3, V3][] = [
    [[0.3, 0.38, 0.06], [0.08, 0.55, -0.12], [0, 0, 0.25]],
    [[0.28, 0.34, 0.06], [-0.12, 0.62, -0.2], [0, 0.5, -0.55]],
    [[0.26, 0.32, 0.06], [0.26, 0.76, -0.08], [0, -0.4, 0.6]],
    [[0.24, 0.3, 0.05], [0.1, 0.92, -0.16], [0, 0.3, -0.15]],
    [[0.22, 0.26, 0.05], [-0.14, 0.94, -0.24], [0.2, 0.8, 0.45]],
  ];
  parts.push(cyl('cactus-light', 0.09, 0.28, [0.05, EARTH + 0.12, -0.14]));
  for (const [size, at, rotation] of pear) parts.push(sphere('cactus', size, at, rotation));
  parts.push(sphere('flag-red', 0.05, [0.14, 1.07, -0.16]), sphere('flag-red', 0.05, [0.37, 0.9, -0.08]));

  return { parts };
}
