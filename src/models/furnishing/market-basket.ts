// A market basket of woven palm with a handle, holding squash, onions and chiles. 0.5 × 0.35, 0.4 high.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { QUARTER, cyl, span, sphere } from '../kit/primitives';

export default defineModel({
  kind: 'market-basket',
  size: { widthM: 0.5, depthM: 0.35, heightM: 0.4 },
  hotspotM: 0,
  build: (): ModelParts => ({
    parts: [
      span('straw', [-0.24, 0, -0.16], [0.24, 0.2, 0.16]),
      sphere('cactus-light', [0.16, 0.12, 0.16], [-0.1, 0.22, 0]),
      sphere('painted-cream', 0.08, [0.06, 0.22, 0.06]),
      sphere('painted-cream', 0.07, [0.13, 0.21, -0.05]),
      sphere('flag-red', [0.1, 0.04, 0.04], [0.02, 0.23, -0.08]),
      // The handle: a flat hoop across the top, drawn as a thin ring standing on edge.
      cyl('straw', 0.44, 0.02, [0, 0.2, 0], [0, 0, QUARTER]),
    ],
  }),
});
