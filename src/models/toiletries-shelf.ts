// A small wall shelf for toiletries (its base is its bottom board): two shelves between shaped sides, with glass
// bottles, a cold-cream jar, a tooth glass with a brush, a metal toothpaste tube lying flat, and a shaving mug
// and brush above. 0.7 × 0.2, 0.5 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, cyl, cylX, span, sphere } from './kit/primitives';

export default defineModel({
  kind: 'toiletries-shelf',
  size: { widthM: 0.7, depthM: 0.2, heightM: 0.5 },
  hotspotM: 0.35,
  build: toiletriesShelf,
});

/** A glass bottle standing at (x, y, z): body, neck and stopper. */
function bottle(x: number, y: number, z: number, d: number, h: number): Part[] {
  return [
    cyl('glass', d, h * 0.7, [x, y + h * 0.35, z]),
    cyl('glass', d * 0.4, h * 0.22, [x, y + h * 0.81, z]),
    cyl('wood-light', d * 0.42, h * 0.08, [x, y + h * 0.96, z]),
  ];
}

function toiletriesShelf(): ModelParts {
  const low = 0.02;
  const high = 0.28;
  const parts: Part[] = [
    span('wood-light', [-0.35, 0, -0.1], [0.35, low, 0.1]),
    span('wood-mid', [-0.34, low, -0.1], [-0.32, 0.48, 0.06]),
    span('wood-mid', [0.32, low, -0.1], [0.34, 0.48, 0.06]),
    span('wood-mid', [-0.32, low, -0.1], [0.32, 0.48, -0.088]),
    span('wood-light', [-0.32, high - 0.02, -0.088], [0.32, high, 0.05]),
    span('wood-mid', [-0.35, 0.48, -0.1], [0.35, 0.5, 0.07]),
    cylX('metal-light', 0.008, 0.64, [0, 0.07, 0.085]),
    // The lower shelf.
    ...bottle(-0.26, low, -0.03, 0.06, 0.19),
    ...bottle(-0.17, low, -0.04, 0.05, 0.22),
    box('glass', [0.06, 0.12, 0.04], [-0.08, low + 0.06, -0.04]),
    cyl('metal-light', 0.02, 0.02, [-0.08, low + 0.13, -0.04]),
    cyl('ceramic', 0.08, 0.07, [0.03, low + 0.035, -0.02]),
    cyl('metal-light', 0.085, 0.015, [0.03, low + 0.0775, -0.02]),
    cyl('glass', 0.065, 0.1, [0.15, low + 0.05, -0.03]),
    box('fabric-white', [0.012, 0.16, 0.012], [0.16, low + 0.1, -0.03], [0, 0, -0.2]),
    cylX('metal-light', 0.03, 0.13, [0.02, low + 0.015, 0.055]),
    box('metal-light', [0.02, 0.008, 0.036], [0.095, low + 0.01, 0.055]),
    cylX('fabric-white', 0.016, 0.015, [-0.052, low + 0.015, 0.055]),
    ...bottle(0.26, low, -0.02, 0.055, 0.17),
    // The upper shelf.
    cyl('ceramic', 0.08, 0.09, [-0.18, high + 0.045, -0.03]),
    cyl('wood-dark', 0.03, 0.06, [-0.18, high + 0.12, -0.03]),
    sphere('fabric-white', [0.045, 0.05, 0.045], [-0.18, high + 0.16, -0.03]),
    box('metal-light', [0.1, 0.01, 0.04], [-0.02, high + 0.005, -0.01]),
    ...bottle(0.14, high, -0.03, 0.045, 0.14),
    ...bottle(0.23, high, -0.035, 0.04, 0.12),
  ];
  return { parts };
}
