// A small table lamp: a turned wooden foot and a cream drum shade. 0.25 across, 0.42 high.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { cyl } from '../kit/primitives';

export default defineModel({
  kind: 'table-lamp',
  size: { widthM: 0.25, depthM: 0.25, heightM: 0.42 },
  hotspotM: 0,
  build: (): ModelParts => ({
    parts: [
      cyl('wood-dark', 0.14, 0.03, [0, 0.015, 0]),
      cyl('wood-dark', 0.04, 0.24, [0, 0.15, 0]),
      cyl('painted-cream', 0.22, 0.17, [0, 0.335, 0]),
    ],
  }),
});
