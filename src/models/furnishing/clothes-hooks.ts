// A board of hooks on the wall with a woman's dress, a shawl and a man's coat hanging from it. Its back (−z) is the
// wall; its base is the hem of the longest garment. 0.8 × 0.25, 1.1 high.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { box, cyl, span } from '../kit/primitives';

export default defineModel({
  kind: 'clothes-hooks',
  size: { widthM: 0.8, depthM: 0.25, heightM: 1.1 },
  hotspotM: 0,
  build: (): ModelParts => ({
    parts: [
      span('wood-dark', [-0.4, 1.02, -0.125], [0.4, 1.1, -0.1]),
      // The dress: a narrow bodice widening to the skirt.
      box('fabric-blue', [0.3, 0.35, 0.06], [-0.22, 0.83, -0.06]),
      box('fabric-blue', [0.38, 0.65, 0.08], [-0.22, 0.33, -0.05]),
      // A shawl folded over a hook, and a dark coat.
      box('fabric-red', [0.16, 0.55, 0.04], [0.02, 0.72, -0.07]),
      box('fabric-grey', [0.34, 0.8, 0.1], [0.2, 0.6, -0.05]),
      cyl('brass', 0.02, 0.05, [-0.22, 1.04, -0.08]),
      cyl('brass', 0.02, 0.05, [0.2, 1.04, -0.08]),
    ],
  }),
});
