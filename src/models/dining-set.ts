// The dining set: a rectangular wooden table with eight chairs, three along each side and one at each end, all
// pulled in to the table. 2.4 × 1.8, 0.95 high (the chair backs).
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, facing, place, span } from './kit/primitives';
import { chair } from './kit/furniture';

export default defineModel({
  kind: 'dining-set',
  size: { widthM: 2.4, depthM: 1.8, heightM: 0.95 },
  hotspotM: 1.2,
  build: diningSet,
});

function diningSet(): ModelParts {
  const top = 0.76;
  const parts: Part[] = [
    span('wood-dark', [-0.9, top - 0.035, -0.45], [0.9, top, 0.45]),
    span('wood-dark', [-0.8, top - 0.13, 0.37], [0.8, top - 0.035, 0.39]),
    span('wood-dark', [-0.8, top - 0.13, -0.39], [0.8, top - 0.035, -0.37]),
    span('wood-dark', [-0.83, top - 0.13, -0.36], [-0.81, top - 0.035, 0.36]),
    span('wood-dark', [0.81, top - 0.13, -0.36], [0.83, top - 0.035, 0.36]),
  ];
  for (const x of [-0.82, 0.82]) {
    for (const z of [-0.37, 0.37]) parts.push(box('wood-dark', [0.07, top - 0.035, 0.07], [x, (top - 0.035) / 2, z]));
  }

  const seat = chair({ height: 0.93, frame: 'wood-dark', seat: 'painted-green' });
  const places: [number, number][] = [
    [-0.6, 0.69],
    [0, 0.69],
    [0.6, 0.69],
    [-0.6, -0.69],
    [0, -0.69],
    [0.6, -0.69],
    [-0.99, 0],
    [0.99, 0],
  ];
  for (const [x, z] of places) {
    // Side chairs face straight across the table; the end chairs face its middle.
    const target: [number, number] = z === 0 ? [0, 0] : [x, 0];
    parts.push(...place(seat, [x, 0, z], [0, facing([x, z], target), 0]));
  }
  return { parts };
}
