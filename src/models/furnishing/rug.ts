// A woven wool rug with a border, flat on the floor: 2.0 × 1.4, 1 cm thick.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { span } from '../kit/primitives';

export default defineModel({
  kind: 'rug',
  size: { widthM: 2.0, depthM: 1.4, heightM: 0.01 },
  hotspotM: 0,
  build: (): ModelParts => ({
    parts: [
      span('fabric-red', [-1, 0, -0.7], [1, 0.008, 0.7]),
      // The field inside the border, and a band across it: a few millimetres up, so they never flicker.
      span('fabric-blue', [-0.82, 0.008, -0.52], [0.82, 0.01, 0.52]),
      span('straw', [-0.82, 0.0085, -0.05], [0.82, 0.0105, 0.05]),
    ],
  }),
});
