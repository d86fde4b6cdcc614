// The tomb in the garden: a two-step stone plinth, an upright stone slab with an inscription band and an emblem,
// and behind it a tall flagpole with a red flag near the top. 1.8 × 1.2, 6 high (the pole).
import type { ModelParts } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { cyl, cylZ, span, sphere } from './kit/primitives';

export default defineModel({
  kind: 'tomb',
  size: { widthM: 1.8, depthM: 1.2, heightM: 6 },
  hotspotM: 1.6,
  build: tomb,
});

function tomb(): ModelParts {
  const plinth = 0.4;
  const pole = { x: 0, z: -0.38, d: 0.05, top: 5.94 };
  return {
    parts: [
      span('stone-dark', [-0.9, 0, -0.6], [0.9, 0.15, 0.6]),
      span('stone', [-0.8, 0.15, -0.5], [0.8, plinth, 0.5]),
      span('stone', [-0.6, plinth, -0.1], [0.6, plinth + 1.5, 0.2]),
      span('stone-dark', [-0.45, 1.42, 0.2], [0.45, 1.52, 0.206]),
      cylZ('stone-dark', 0.2, 0.006, [0, 1.69, 0.203]),
      cyl('stone', 0.14, 0.1, [pole.x, plinth + 0.05, pole.z]),
      cyl('metal-light', pole.d, pole.top - plinth, [pole.x, (plinth + pole.top) / 2, pole.z]),
      sphere('brass', 0.06, [pole.x, pole.top + 0.03, pole.z]),
      span('flag-red', [pole.x + pole.d / 2, 5.22, pole.z - 0.005], [pole.x + pole.d / 2 + 0.85, 5.82, pole.z + 0.005]),
    ],
  };
}
