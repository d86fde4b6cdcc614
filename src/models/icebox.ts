// A wooden icebox: a panelled cabinet on short legs, a small upper door for the ice and a larger lower door for
// the food, brass hinges on the left and brass latches on the right. 0.75 × 0.55, 1.35 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, span } from './kit/primitives';

export default defineModel({
  kind: 'icebox',
  size: { widthM: 0.75, depthM: 0.55, heightM: 1.35 },
  hotspotM: 1.5,
  build: icebox,
});

function icebox(): ModelParts {
  const front = 0.235;
  const parts: Part[] = [];
  for (const x of [-0.33, 0.33]) for (const z of [-0.23, 0.19]) parts.push(box('wood-dark', [0.06, 0.1, 0.06], [x, 0.05, z]));
  parts.push(
    span('wood-dark', [-0.375, 0.1, -0.275], [0.375, 1.31, front]),
    span('wood-mid', [-0.375, 1.31, -0.275], [0.375, 1.35, 0.265]),
    span('wood-mid', [-0.375, 0.1, front], [0.375, 0.16, 0.25]),
  );
  const doors: [number, number][] = [
    [0.2, 0.84],
    [0.88, 1.27],
  ];
  for (const [y0, y1] of doors) {
    parts.push(
      span('wood-mid', [-0.33, y0, front], [0.33, y1, front + 0.02]),
      span('wood-light', [-0.26, y0 + 0.06, front + 0.02], [0.26, y1 - 0.06, front + 0.028]),
      box('brass', [0.025, 0.06, 0.015], [-0.335, y0 + 0.08, front + 0.015]),
      box('brass', [0.025, 0.06, 0.015], [-0.335, y1 - 0.08, front + 0.015]),
      box('brass', [0.04, 0.1, 0.03], [0.29, (y0 + y1) / 2, front + 0.035]),
    );
  }
  parts.push(box('brass', [0.12, 0.03, 0.004], [0, 1.16, front + 0.03]));
  return { parts };
}
