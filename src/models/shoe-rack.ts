// A low wooden shoe rack: two slatted levels under a top board, with four pairs of women's heeled shoes, toes to
// the front. 0.9 × 0.32, 0.45 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import type { ExhibitSurface } from './palette';
import { defineModel } from './kit/defineModel';
import { box, place, span, sphere } from './kit/primitives';

export default defineModel({
  kind: 'shoe-rack',
  size: { widthM: 0.9, depthM: 0.32, heightM: 0.45 },
  hotspotM: 0.7,
  build: shoeRack,
});

/** One heeled shoe at the origin (its sole on y = 0), its toe towards +z. */
function shoe(leather: ExhibitSurface): Part[] {
  const slope = 0.28;
  return [
    box(leather, [0.025, 0.06, 0.03], [0, 0.03, -0.09]),
    box(leather, [0.07, 0.05, 0.2], [0, 0.055, 0], [slope, 0, 0]),
    sphere(leather, [0.07, 0.04, 0.08], [0, 0.02, 0.085]),
  ];
}

function shoeRack(): ModelParts {
  const parts: Part[] = [
    span('wood-mid', [-0.45, 0, -0.16], [-0.43, 0.43, 0.16]),
    span('wood-mid', [0.43, 0, -0.16], [0.45, 0.43, 0.16]),
    span('wood-dark', [-0.45, 0.43, -0.16], [0.45, 0.45, 0.16]),
  ];
  const levels = [0.08, 0.27];
  for (const y of levels) {
    for (const z of [-0.1, 0, 0.1]) parts.push(span('wood-light', [-0.43, y - 0.015, z - 0.025], [0.43, y, z + 0.025]));
  }
  const pairs: [ExhibitSurface, number, number][] = [
    ['black', -0.22, levels[0]],
    ['fabric-red', 0.2, levels[0]],
    ['leather', -0.2, levels[1]],
    ['painted-cream', 0.22, levels[1]],
  ];
  for (const [leather, x, y] of pairs) {
    for (const dx of [-0.045, 0.045]) parts.push(...place(shoe(leather), [x + dx, y, 0.005], [0, dx * 0.6, 0]));
  }
  return { parts };
}
