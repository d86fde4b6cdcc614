// A wood-fired water heater: a galvanised cylinder on a square iron firebox with a small door, bands round the
// tank, water pipes at the sides, and the flue rising from the top to a rain cap. 0.5 × 0.5, 1.7 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, cone, cyl, cylX, cylZ, span, sphere } from './kit/primitives';

export default defineModel({
  kind: 'boiler',
  size: { widthM: 0.5, depthM: 0.5, heightM: 1.7 },
  hotspotM: 1.4,
  build: boiler,
});

function boiler(): ModelParts {
  const fire = 0.5;
  const tankTop = 1.45;
  const parts: Part[] = [];
  for (const x of [-0.17, 0.17]) for (const z of [-0.17, 0.17]) parts.push(box('metal-dark', [0.04, 0.08, 0.04], [x, 0.04, z]));
  parts.push(
    span('metal-dark', [-0.21, 0.08, -0.21], [0.21, fire, 0.21]),
    span('black', [-0.1, 0.16, 0.21], [0.1, 0.36, 0.225]),
    box('metal-light', [0.05, 0.015, 0.02], [0.06, 0.26, 0.235]),
    span('black', [-0.08, 0.4, 0.21], [0.08, 0.44, 0.22]),
    cyl('metal-light', 0.4, tankTop - fire, [0, (fire + tankTop) / 2, 0]),
    cyl('metal-dark', 0.415, 0.03, [0, fire + 0.03, 0]),
    cyl('metal-dark', 0.415, 0.03, [0, (fire + tankTop) / 2, 0]),
    cyl('metal-dark', 0.415, 0.03, [0, tankTop - 0.03, 0]),
    sphere('metal-light', [0.4, 0.12, 0.4], [0, tankTop, 0]),
    cyl('metal-dark', 0.1, 1.63 - tankTop, [0, (tankTop + 1.63) / 2, 0]),
    cone('metal-dark', 0.18, 0.07, [0, 1.665, 0]),
    // Cold water in on the left, hot water out on the right, both rising to the ceiling pipes.
    cylX('metal-light', 0.03, 0.06, [-0.22, 0.62, 0]),
    cyl('metal-light', 0.03, 1.7 - 0.62, [-0.235, (0.62 + 1.7) / 2, 0]),
    cylX('metal-light', 0.03, 0.06, [0.22, 1.32, 0]),
    cyl('metal-light', 0.03, 1.7 - 1.32, [0.235, (1.32 + 1.7) / 2, 0]),
    // The draw-off tap at the front.
    cylZ('brass', 0.025, 0.06, [0, 0.6, 0.22]),
    box('brass', [0.05, 0.012, 0.012], [0, 0.62, 0.245]),
  );
  return { parts };
}
