// A pair of men's leather lace-up shoes side by side, toes to the front (+z). 0.28 × 0.3, 0.11 high.
import type { ModelParts, Part } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { box, sphere } from '../kit/primitives';

export default defineModel({
  kind: 'mens-shoes',
  size: { widthM: 0.28, depthM: 0.3, heightM: 0.11 },
  hotspotM: 0,
  build: (): ModelParts => {
    const parts: Part[] = [];
    for (const x of [-0.065, 0.065]) {
      parts.push(
        box('black', [0.1, 0.025, 0.28], [x, 0.0125, 0]),
        box('leather', [0.095, 0.07, 0.16], [x, 0.06, -0.05]),
        sphere('leather', [0.095, 0.07, 0.14], [x, 0.045, 0.07]),
      );
    }
    return { parts };
  },
});
