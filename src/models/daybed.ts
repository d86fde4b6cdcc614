// A daybed: a narrow, low wooden couch-bed with end boards, a covered mattress, a pillow at the head (-z) and a
// folded blanket at the foot. 0.85 × 1.9, 0.5 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, cyl, span } from './kit/primitives';

export default defineModel({
  kind: 'daybed',
  size: { widthM: 0.85, depthM: 1.9, heightM: 0.5 },
  hotspotM: 0.9,
  build: daybed,
});

function daybed(): ModelParts {
  const parts: Part[] = [];
  for (const x of [-0.38, 0.38]) for (const z of [-0.86, 0.86]) parts.push(cyl('wood-dark', 0.05, 0.12, [x, 0.06, z]));
  parts.push(
    span('wood-mid', [-0.42, 0.12, -0.91], [0.42, 0.28, 0.91]),
    span('wood-dark', [-0.425, 0.1, -0.95], [0.425, 0.5, -0.91]),
    span('wood-dark', [-0.425, 0.1, 0.91], [0.425, 0.42, 0.95]),
    span('fabric-red', [-0.415, 0.26, -0.9], [0.415, 0.4, 0.9]),
    box('fabric-white', [0.55, 0.095, 0.3], [0, 0.4475, -0.72]),
    box('fabric-grey', [0.62, 0.05, 0.34], [0, 0.425, 0.66]),
    box('fabric-grey', [0.62, 0.012, 0.05], [0, 0.394, 0.84]),
  );
  return { parts };
}
