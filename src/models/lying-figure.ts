// A figure lying face down, low enough to lie under a single bed, for the raid's reconstruction: the head towards
// the back (-z), the arms bent up over it, the legs straight out towards the front. Plain clay grey, no face.
// 0.5 × 1.7, 0.25 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, cylZ, rod, sphere, type V3 } from './kit/primitives';

export default defineModel({
  kind: 'lying-figure',
  size: { widthM: 0.5, depthM: 1.7, heightM: 0.25 },
  hotspotM: 0.3,
  build: lyingFigure,
});

function lyingFigure(): ModelParts {
  const parts: Part[] = [
    sphere('figure', [0.19, 0.19, 0.22], [0, 0.1, -0.72]),
    sphere('figure', [0.38, 0.22, 0.62], [0, 0.115, -0.29]),
    sphere('figure', [0.34, 0.2, 0.3], [0, 0.105, 0.06]),
  ];
  for (const x of [-0.09, 0.09]) {
    parts.push(cylZ('figure', 0.13, 0.7, [x, 0.07, 0.48]), box('figure', [0.09, 0.13, 0.05], [x, 0.075, 0.83]));
  }
  // The arms: from the shoulders out and up beside the head, the hands over it.
  for (const side of [-1, 1]) {
    const shoulder: V3 = [side * 0.17, 0.12, -0.5];
    const elbow: V3 = [side * 0.225, 0.07, -0.7];
    const hand: V3 = [side * 0.07, 0.15, -0.8];
    parts.push(rod('figure', 0.07, shoulder, elbow), rod('figure', 0.065, elbow, hand), sphere('figure', 0.07, hand));
  }
  return { parts };
}
