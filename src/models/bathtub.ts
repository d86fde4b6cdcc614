// An old roll-top bathtub on four ball-and-claw feet: enamelled walls and bottom, a sloping back at the head
// (-z), the rolled rim, and brass taps and spout at the foot (+z). 0.75 × 1.6, 0.6 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, cone, cyl, cylX, cylZ, span, sphere } from './kit/primitives';

export default defineModel({
  kind: 'bathtub',
  size: { widthM: 0.75, depthM: 1.6, heightM: 0.6 },
  hotspotM: 0.9,
  build: bathtub,
});

function bathtub(): ModelParts {
  const base = 0.15;
  const rimY = 0.575;
  const rim = 0.05;
  const parts: Part[] = [];
  for (const x of [-0.27, 0.27]) {
    for (const z of [-0.6, 0.6]) {
      parts.push(sphere('metal-dark', 0.07, [x, 0.035, z]), cone('metal-dark', 0.09, 0.12, [x, base - 0.04, z], [Math.PI, 0, 0]));
    }
  }
  const back = 0.3; // lean of the head end
  const backH = 0.46;
  parts.push(
    span('enamel-white', [-0.31, base, -0.68], [0.31, base + 0.07, 0.7]),
    span('enamel-white', [-0.35, base, -0.77], [-0.305, rimY, 0.73]),
    span('enamel-white', [0.305, base, -0.77], [0.35, rimY, 0.73]),
    span('enamel-white', [-0.305, base, 0.69], [0.305, rimY, 0.73]),
    box('enamel-white', [0.61, backH, 0.04], [0, base + 0.22, -0.68 - (backH / 2) * Math.sin(back) + 0.04], [-back, 0, 0]),
    cylZ('enamel-white', rim, 1.52, [-0.325, rimY, -0.02]),
    cylZ('enamel-white', rim, 1.52, [0.325, rimY, -0.02]),
    cylX('enamel-white', rim, 0.7, [0, rimY, 0.725]),
    cylX('enamel-white', rim, 0.7, [0, rimY, -0.755]),
    // Taps, spout and plug at the foot.
    cylZ('brass', 0.025, 0.08, [-0.1, 0.5, 0.65]),
    cylZ('brass', 0.025, 0.08, [0.1, 0.5, 0.65]),
    box('brass', [0.07, 0.014, 0.014], [-0.1, 0.5, 0.605]),
    box('brass', [0.07, 0.014, 0.014], [0.1, 0.5, 0.605]),
    cylZ('brass', 0.022, 0.12, [0, 0.46, 0.63]),
    cyl('metal-light', 0.05, 0.006, [0, base + 0.073, 0.6]),
  );
  return { parts };
}
