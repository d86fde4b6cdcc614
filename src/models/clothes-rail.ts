// A wooden clothes rail: two uprights on feet, a hanging rail and a hat shelf above it with a felt hat. Five
// garments hang from it, turned at an angle so their fronts show: suit jackets, a shirt, a pair of trousers.
// 1.2 × 0.5, 1.75 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import type { ExhibitSurface } from './palette';
import { defineModel } from './kit/defineModel';
import { box, cyl, cylX, place, span } from './kit/primitives';

export default defineModel({
  kind: 'clothes-rail',
  size: { widthM: 1.2, depthM: 0.5, heightM: 1.75 },
  hotspotM: 1.5,
  build: clothesRail,
});

/** A garment on its hanger at the origin (the hook on the rail), facing +z, `length` long. */
function garment(cloth: ExhibitSurface, length: number, sleeves: boolean): Part[] {
  const parts: Part[] = [
    cyl('metal-light', 0.006, 0.05, [0, -0.02, 0]),
    box('wood-light', [0.42, 0.02, 0.02], [0, -0.055, 0]),
    box(cloth, [0.44, length, 0.07], [0, -0.065 - length / 2, 0]),
  ];
  if (sleeves) {
    for (const x of [-0.245, 0.245]) parts.push(box(cloth, [0.07, length * 0.78, 0.07], [x, -0.08 - (length * 0.78) / 2, 0]));
  }
  return parts;
}

/** Trousers folded over a hanger's bar. */
function trousers(cloth: ExhibitSurface): Part[] {
  return [
    cyl('metal-light', 0.006, 0.05, [0, -0.02, 0]),
    box('wood-light', [0.38, 0.02, 0.02], [0, -0.055, 0]),
    box(cloth, [0.34, 0.02, 0.03], [0, -0.15, 0]),
    box(cloth, [0.34, 0.5, 0.05], [0, -0.4, 0]),
  ];
}

function clothesRail(): ModelParts {
  const railY = 1.52;
  const parts: Part[] = [];
  for (const x of [-0.57, 0.57]) {
    parts.push(span('wood-dark', [x - 0.03, 0, -0.25], [x + 0.03, 0.05, 0.25]));
    parts.push(span('wood-dark', [x - 0.02, 0.05, -0.025], [x + 0.02, 1.62, 0.025]));
  }
  parts.push(cylX('wood-mid', 0.03, 1.1, [0, railY, 0]), span('wood-mid', [-0.6, 1.62, -0.15], [0.6, 1.64, 0.15]));
  const turn = 0.9;
  const hung: Part[][] = [
    garment('black', 0.75, true),
    garment('fabric-grey', 0.74, true),
    garment('fabric-white', 0.7, true),
    garment('fabric-blue', 0.76, true),
    trousers('fabric-grey'),
  ];
  for (const [i, g] of hung.entries()) parts.push(...place(g, [-0.36 + i * 0.18, railY, 0], [0, turn, 0]));
  // A felt hat on the shelf.
  parts.push(
    cyl('fabric-grey', 0.3, 0.012, [0.3, 1.646, 0]),
    cyl('fabric-grey', 0.18, 0.09, [0.3, 1.697, 0]),
    cyl('black', 0.185, 0.02, [0.3, 1.665, 0]),
  );
  return { parts };
}
