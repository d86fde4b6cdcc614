// Four wax dictation cylinders standing on a table, one in its paper carton: 0.3 × 0.1, 0.15 high.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { cyl } from '../kit/primitives';

export default defineModel({
  kind: 'wax-cylinders',
  size: { widthM: 0.3, depthM: 0.1, heightM: 0.15 },
  hotspotM: 0,
  build: (): ModelParts => ({
    parts: [
      cyl('wax', 0.055, 0.15, [-0.11, 0.075, 0]),
      cyl('wax', 0.055, 0.15, [-0.04, 0.075, 0.01]),
      cyl('wax', 0.055, 0.15, [0.03, 0.075, -0.01]),
      cyl('paper', 0.065, 0.155, [0.11, 0.078, 0]),
    ],
  }),
});
