// A pair of plain curtains drawn aside on a rod, for a window up to 1.4 m wide: the panels hang clear of the
// opening (a drawn curtain would keep the sun's patch off the floor). Its back (−z) is the wall. 2.1 × 0.1,
// 2.4 high.
import type { ModelParts, Part } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { cylX, span } from '../kit/primitives';

export default defineModel({
  kind: 'curtains',
  size: { widthM: 2.1, depthM: 0.1, heightM: 2.4 },
  hotspotM: 0,
  build: (): ModelParts => {
    const parts: Part[] = [cylX('brass', 0.025, 2.1, [0, 2.36, -0.02])];
    for (const side of [-1, 1]) {
      // Each panel gathered into three folds.
      for (let i = 0; i < 3; i++) {
        const x0 = side * (0.72 + i * 0.11);
        parts.push(span('fabric-white', [Math.min(x0, x0 + side * 0.11), 0.05, -0.04 + (i % 2) * 0.02], [Math.max(x0, x0 + side * 0.11), 2.34, 0.0 + (i % 2) * 0.02]));
      }
    }
    return { parts };
  },
});
