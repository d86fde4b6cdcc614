// A round wall clock in a wooden case with a white face and two hands. Its back (−z) is the wall; its base is the
// bottom of the case. 0.36 × 0.08, 0.36 high.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { box, cylZ } from '../kit/primitives';

export default defineModel({
  kind: 'wall-clock',
  size: { widthM: 0.36, depthM: 0.08, heightM: 0.36 },
  hotspotM: 0,
  build: (): ModelParts => ({
    parts: [
      cylZ('wood-dark', 0.36, 0.06, [0, 0.18, -0.01]),
      cylZ('enamel-white', 0.3, 0.01, [0, 0.18, 0.025]),
      // Ten past ten, as clocks are drawn.
      box('black', [0.012, 0.11, 0.004], [0.025, 0.22, 0.032], [0, 0, -0.52]),
      box('black', [0.012, 0.08, 0.004], [-0.02, 0.205, 0.032], [0, 0, 1.05]),
    ],
  }),
});
