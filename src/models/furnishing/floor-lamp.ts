// A standard lamp: a weighted round foot, a brass stem and a cream drum shade. 0.4 across, 1.6 high.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { cyl } from '../kit/primitives';

export default defineModel({
  kind: 'floor-lamp',
  size: { widthM: 0.4, depthM: 0.4, heightM: 1.6 },
  hotspotM: 0,
  build: (): ModelParts => ({
    parts: [
      cyl('metal-dark', 0.3, 0.03, [0, 0.015, 0]),
      cyl('brass', 0.025, 1.35, [0, 0.705, 0]),
      // A drum shade: a pointed cone read as a party hat at room distance.
      cyl('painted-cream', 0.38, 0.3, [0, 1.45, 0]),
    ],
  }),
});
