// A wooden double bed: a tall panelled headboard at the back (-z), a lower footboard, side rails, a bedspread
// over the mattress with the sheet turned down, and two pillows. 1.4 × 2.0, 1.0 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, span } from './kit/primitives';

export default defineModel({
  kind: 'double-bed',
  size: { widthM: 1.4, depthM: 2.0, heightM: 1.0 },
  hotspotM: 1.1,
  build: doubleBed,
});

function doubleBed(): ModelParts {
  const parts: Part[] = [];
  for (const x of [-0.665, 0.665]) {
    parts.push(box('wood-dark', [0.07, 1.0, 0.07], [x, 0.5, -0.965]), box('wood-dark', [0.07, 0.72, 0.07], [x, 0.36, 0.965]));
    parts.push(span('wood-dark', [x - 0.02, 0.22, -0.93], [x + 0.02, 0.38, 0.93]));
  }
  parts.push(
    span('wood-mid', [-0.63, 0.3, -0.99], [0.63, 0.88, -0.95]),
    span('wood-dark', [-0.63, 0.88, -1.0], [0.63, 0.95, -0.94]),
    span('wood-mid', [-0.63, 0.26, 0.95], [0.63, 0.6, 0.99]),
    span('wood-dark', [-0.63, 0.6, 0.94], [0.63, 0.66, 1.0]),
    // Mattress at the head, then the bedspread over the rest, hanging down the sides.
    span('fabric-white', [-0.62, 0.38, -0.93], [0.62, 0.54, -0.6]),
    span('fabric-blue', [-0.64, 0.3, -0.62], [0.64, 0.555, 0.93]),
    span('fabric-white', [-0.645, 0.53, -0.66], [0.645, 0.565, -0.56]),
    box('fabric-white', [0.56, 0.12, 0.32], [-0.3, 0.6, -0.77], [0.12, 0, 0]),
    box('fabric-white', [0.56, 0.12, 0.32], [0.3, 0.6, -0.77], [0.12, 0, 0]),
  );
  return { parts };
}
