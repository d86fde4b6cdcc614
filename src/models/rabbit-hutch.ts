// The rabbit hutch: three wooden cages side by side on legs, wire-barred fronts, straw inside, and a roof that
// slopes down to the front. 1.8 × 0.7, 1.2 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, span } from './kit/primitives';

export default defineModel({
  kind: 'rabbit-hutch',
  size: { widthM: 1.8, depthM: 0.7, heightM: 1.2 },
  hotspotM: 1.4,
  build: rabbitHutch,
});

function rabbitHutch(): ModelParts {
  const floor = 0.5;
  const deck = floor + 0.04;
  const front = 0.3; // the front face of the cages
  const backTop = 1.16; // underside of the roof at the back and at the front
  const frontTop = 1.01;
  const parts: Part[] = [];

  for (const x of [-0.875, 0.875]) for (const z of [-0.305, 0.3]) parts.push(box('wood-mid', [0.05, floor, 0.05], [x, floor / 2, z]));
  parts.push(
    span('wood-light', [-0.9, floor, -0.33], [0.9, deck, 0.34]),
    span('wood-light', [-0.9, deck, -0.35], [0.9, backTop, -0.33]),
  );
  // End walls and the two partitions, each topped by a board cut to the roof's slope.
  const slope = Math.atan2(backTop - frontTop, 0.7);
  const gable = 0.2;
  const gableLength = 0.6;
  for (const x of [-0.885, -0.3, 0.3, 0.885]) {
    const t = Math.abs(x) > 0.5 ? 0.03 : 0.025;
    parts.push(span('wood-light', [x - t / 2, deck, -0.33], [x + t / 2, frontTop, front]));
    parts.push(
      box(
        'wood-light',
        [t, gable, gableLength],
        [x, (backTop + frontTop) / 2 - (gable / 2) * Math.cos(slope), -(gable / 2) * Math.sin(slope) - 0.01],
        [slope, 0, 0],
      ),
    );
  }
  // The front frame: rails, stiles, wire bars, and a latch on each door.
  parts.push(
    span('wood-mid', [-0.9, deck, front], [0.9, deck + 0.05, front + 0.04]),
    span('wood-mid', [-0.9, frontTop - 0.06, front], [0.9, frontTop, front + 0.04]),
  );
  for (const x of [-0.88, -0.3, 0.3, 0.88]) {
    parts.push(span('wood-mid', [x - 0.02, deck + 0.05, front], [x + 0.02, frontTop - 0.06, front + 0.04]));
  }
  const barY = (deck + 0.05 + frontTop - 0.06) / 2;
  const barH = frontTop - 0.06 - (deck + 0.05);
  for (const [x0, x1] of [[-0.86, -0.32], [-0.28, 0.28], [0.32, 0.86]]) {
    for (let i = 1; i <= 7; i++) parts.push(box('wire', [0.006, barH, 0.006], [x0 + ((x1 - x0) * i) / 8, barY, front + 0.02]));
    parts.push(box('metal-dark', [0.05, 0.03, 0.015], [x1 - 0.04, barY, front + 0.045]));
    parts.push(span('straw', [x0 + 0.02, deck, -0.3], [x1 - 0.02, deck + 0.035, 0.22]));
  }
  for (const y of [barY - barH / 4, barY + barH / 4]) parts.push(box('wire', [1.72, 0.006, 0.006], [0, y, front + 0.02]));

  // The roof, one board sloping down to the front.
  const t = 0.025;
  const length = (0.7 - t * Math.sin(slope)) / Math.cos(slope);
  parts.push(
    box('wood-dark', [1.8, t, length], [0, (backTop + frontTop) / 2 + (t / 2) * Math.cos(slope), (t / 2) * Math.sin(slope)], [slope, 0, 0]),
  );
  return { parts };
}
