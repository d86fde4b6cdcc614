// Clay pots from the market standing on the floor: a tall water olla, a wide cazuela and a small jar. 0.75 × 0.45,
// 0.5 high.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { cyl, sphere } from '../kit/primitives';

export default defineModel({
  kind: 'market-pots',
  size: { widthM: 0.75, depthM: 0.45, heightM: 0.5 },
  hotspotM: 0,
  build: (): ModelParts => ({
    parts: [
      sphere('terracotta', [0.38, 0.4, 0.38], [-0.18, 0.2, 0]),
      cyl('terracotta', 0.16, 0.1, [-0.18, 0.44, 0]),
      cyl('terracotta', 0.34, 0.1, [0.2, 0.05, 0.04]),
      cyl('terracotta', 0.3, 0.08, [0.2, 0.14, 0.04]),
      sphere('ceramic', [0.14, 0.16, 0.14], [0.26, 0.08, -0.15]),
    ],
  }),
});
