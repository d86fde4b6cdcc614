// A galvanised watering can with its spout and rose. 0.45 × 0.2, 0.35 high.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { cyl, rod, span } from '../kit/primitives';

export default defineModel({
  kind: 'watering-can',
  size: { widthM: 0.45, depthM: 0.2, heightM: 0.35 },
  hotspotM: 0,
  build: (): ModelParts => ({
    parts: [
      cyl('metal-light', 0.2, 0.25, [-0.08, 0.125, 0]),
      rod('metal-light', 0.025, [0.0, 0.06, 0], [0.19, 0.27, 0]),
      cyl('metal-light', 0.05, 0.03, [0.2, 0.28, 0]),
      span('metal-light', [-0.12, 0.3, -0.01], [-0.04, 0.33, 0.01]),
    ],
  }),
});
