// A plain wooden garden bench with a back rail, its front (where one sits) facing +z. 1.4 × 0.5, 0.85 high.
import type { ModelParts, Part } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { span } from '../kit/primitives';

export default defineModel({
  kind: 'garden-bench',
  size: { widthM: 1.4, depthM: 0.5, heightM: 0.85 },
  hotspotM: 0,
  build: (): ModelParts => {
    const parts: Part[] = [];
    for (const z of [-0.05, 0.08, 0.21]) parts.push(span('wood-mid', [-0.7, 0.42, z - 0.055], [0.7, 0.45, z + 0.055]));
    parts.push(span('wood-mid', [-0.7, 0.62, -0.24], [0.7, 0.72, -0.21]), span('wood-mid', [-0.7, 0.76, -0.24], [0.7, 0.85, -0.21]));
    for (const x of [-0.62, 0.62]) {
      parts.push(span('wood-dark', [x - 0.03, 0, 0.17], [x + 0.03, 0.42, 0.23]), span('wood-dark', [x - 0.03, 0, -0.25], [x + 0.03, 0.85, -0.19]));
    }
    return { parts };
  },
});
