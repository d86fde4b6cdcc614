// Chairs in a circle: eight rush-seated chairs facing a small low round table, as for a meeting. 2.2 × 2.2,
// 0.9 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { cyl, facing, place } from './kit/primitives';
import { chair } from './kit/furniture';

export default defineModel({
  kind: 'chair-circle',
  size: { widthM: 2.2, depthM: 2.2, heightM: 0.9 },
  hotspotM: 1.1,
  build: chairCircle,
});

function chairCircle(): ModelParts {
  const parts: Part[] = [
    cyl('wood-dark', 0.62, 0.03, [0, 0.435, 0]),
    cyl('wood-dark', 0.08, 0.4, [0, 0.22, 0]),
    cyl('wood-dark', 0.4, 0.03, [0, 0.015, 0]),
  ];
  const seat = chair({ height: 0.88, frame: 'wood-mid', seat: 'straw', back: 'wood-mid' });
  const r = 0.83;
  for (let i = 0; i < 8; i++) {
    const a = (i / 8) * 2 * Math.PI;
    const x = r * Math.sin(a);
    const z = r * Math.cos(a);
    parts.push(...place(seat, [x, 0, z], [0, facing([x, z], [0, 0]), 0]));
  }
  return { parts };
}
