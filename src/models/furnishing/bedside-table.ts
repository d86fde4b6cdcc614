// A small bedside table with a drawer and a shelf below. 0.45 × 0.4, 0.6 high.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { QUARTER, cyl, span } from '../kit/primitives';

export default defineModel({
  kind: 'bedside-table',
  size: { widthM: 0.45, depthM: 0.4, heightM: 0.6 },
  hotspotM: 0,
  build: (): ModelParts => {
    const parts = [
      span('wood-dark', [-0.225, 0.57, -0.2], [0.225, 0.6, 0.2]),
      span('wood-mid', [-0.2, 0.46, 0.17], [0.2, 0.55, 0.19]),
      cyl('brass', 0.02, 0.02, [0, 0.505, 0.195], [QUARTER, 0, 0]),
      span('wood-dark', [-0.2, 0.12, -0.18], [0.2, 0.14, 0.18]),
    ];
    for (const x of [-0.2, 0.2]) for (const z of [-0.175, 0.175]) parts.push(span('wood-dark', [x - 0.02, 0, z - 0.02], [x + 0.02, 0.57, z + 0.02]));
    return { parts };
  },
});
