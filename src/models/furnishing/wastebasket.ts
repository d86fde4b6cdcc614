// A woven wastepaper basket with crumpled sheets in it: 0.3 across, 0.35 high.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { cyl, sphere } from '../kit/primitives';

export default defineModel({
  kind: 'wastebasket',
  size: { widthM: 0.3, depthM: 0.3, heightM: 0.35 },
  hotspotM: 0,
  build: (): ModelParts => ({
    parts: [
      cyl('straw', 0.28, 0.33, [0, 0.165, 0]),
      cyl('wood-light', 0.3, 0.02, [0, 0.34, 0]),
      sphere('paper', 0.1, [0.04, 0.33, 0.03]),
      sphere('paper', 0.08, [-0.05, 0.32, -0.03]),
    ],
  }),
});
