// A small plain table for writing or homework, with a few schoolbooks and an exercise book on it. 0.9 × 0.55,
// 0.75 high.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { box, span } from '../kit/primitives';

export default defineModel({
  kind: 'small-table',
  size: { widthM: 0.9, depthM: 0.55, heightM: 0.75 },
  hotspotM: 0,
  build: (): ModelParts => {
    const top = 0.72;
    const parts = [
      span('wood-light', [-0.45, top, -0.275], [0.45, top + 0.03, 0.275]),
      span('wood-mid', [-0.4, top - 0.08, -0.24], [0.4, top, -0.22]),
      box('book-green', [0.17, 0.03, 0.24], [-0.25, top + 0.045, -0.05], [0, 0.1, 0]),
      box('book-brown', [0.16, 0.025, 0.22], [-0.25, top + 0.073, -0.05], [0, -0.12, 0]),
      box('paper', [0.2, 0.006, 0.15], [0.1, top + 0.033, 0.02], [0, 0.2, 0]),
    ];
    for (const x of [-0.41, 0.41]) for (const z of [-0.235, 0.235]) parts.push(span('wood-mid', [x - 0.02, 0, z - 0.02], [x + 0.02, top, z + 0.02]));
    return { parts };
  },
});
