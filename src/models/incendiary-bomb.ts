// An incendiary bomb of the raid's reconstruction: a small metal canister standing on a dark scorch mark on the
// floor, with a darker burnt ring close about it and a few flakes of ash. No flame is drawn. 0.6 × 0.6, 0.2 high.
import type { ModelParts } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, cyl } from './kit/primitives';

export default defineModel({
  kind: 'incendiary-bomb',
  size: { widthM: 0.6, depthM: 0.6, heightM: 0.2 },
  hotspotM: 0.5,
  build: incendiaryBomb,
});

function incendiaryBomb(): ModelParts {
  const at = { x: 0.04, z: -0.03 };
  return {
    parts: [
      cyl('scorch', 0.6, 0.004, [0, 0.002, 0]),
      cyl('black', 0.34, 0.006, [at.x - 0.02, 0.003, at.z + 0.02]),
      cyl('metal-dark', 0.11, 0.16, [at.x, 0.006 + 0.08, at.z]),
      cyl('metal-light', 0.116, 0.02, [at.x, 0.13, at.z]),
      cyl('metal-dark', 0.06, 0.03, [at.x, 0.166 + 0.015, at.z]),
      box('stone-dark', [0.05, 0.008, 0.03], [-0.17, 0.008, 0.1], [0, 0.6, 0]),
      box('stone-dark', [0.04, 0.008, 0.03], [0.16, 0.008, 0.14], [0, -0.4, 0]),
      box('stone-dark', [0.03, 0.008, 0.05], [-0.05, 0.008, -0.2], [0, 0.9, 0]),
    ],
  };
}
