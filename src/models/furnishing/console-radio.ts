// A floor-standing radio set of the 1930s: a veneered cabinet with a cloth-covered speaker, a dial and two
// knobs, on short legs. Its front faces +z. 0.6 × 0.35, 1.0 high.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { QUARTER, cyl, span } from '../kit/primitives';

export default defineModel({
  kind: 'console-radio',
  size: { widthM: 0.6, depthM: 0.35, heightM: 1.0 },
  hotspotM: 0,
  build: (): ModelParts => ({
    parts: [
      span('wood-dark', [-0.3, 0.1, -0.175], [0.3, 1.0, 0.165]),
      span('wood-dark', [-0.28, 0, -0.15], [-0.24, 0.1, 0.14]),
      span('wood-dark', [0.24, 0, -0.15], [0.28, 0.1, 0.14]),
      span('fabric-grey', [-0.22, 0.2, 0.165], [0.22, 0.65, 0.175]),
      span('wood-mid', [-0.24, 0.62, 0.165], [0.24, 0.64, 0.178]),
      span('painted-cream', [-0.14, 0.76, 0.165], [0.14, 0.86, 0.175]),
      cyl('black', 0.05, 0.03, [-0.2, 0.81, 0.18], [QUARTER, 0, 0]),
      cyl('black', 0.05, 0.03, [0.2, 0.81, 0.18], [QUARTER, 0, 0]),
    ],
  }),
});
