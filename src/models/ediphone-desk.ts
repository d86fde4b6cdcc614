// The Ediphone desk: the office desk with an Ediphone dictating machine, its speaking tube lying across the desk
// to the mouthpiece, a rack of wax cylinders and a note pad. 1.5 × 1.2 with the chair, 0.8 high.
//
// As with the typewriter desk, the desk is at typing-table height (0.66) so the machine fits the true height.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { seededRandom } from '../util/seededRandom';
import { defineModel, type BodySize } from './kit/defineModel';
import { place, rod, type V3 } from './kit/primitives';
import { paperPile } from './kit/books';
import { machineDeskTopM, officeDesk } from './kit/furniture';
import { cylinderRack, ediphone, mouthpieceLying, reproducerAt } from './kit/machines';

export default defineModel({
  kind: 'ediphone-desk',
  size: { widthM: 1.5, depthM: 1.2, heightM: 0.8 },
  hotspotM: 1.2,
  build: ediphoneDesk,
});

function ediphoneDesk({ heightM: h }: BodySize): ModelParts {
  const top = machineDeskTopM(h);
  const mh = Math.min(0.22, h - top);
  const machine: V3 = [0.1, top, -0.33];
  const [rx, ry, rz] = reproducerAt(mh);
  const start: V3 = [machine[0] + rx, machine[1] + ry, machine[2] + rz];
  const bend: V3 = [0.36, top + 0.012, -0.12];
  const mouth: V3 = [0.42, top + 0.03, 0.02];
  const parts: Part[] = [
    ...officeDesk(top, Math.min(0.85, h)),
    ...place(ediphone(mh), machine),
    rod('black', 0.018, start, bend),
    rod('black', 0.018, bend, [mouth[0], mouth[1], mouth[2] - 0.045]),
    mouthpieceLying(mouth),
    ...place(cylinderRack(6, Math.min(0.15, h - top - 0.02)), [-0.45, top, -0.45]),
    ...paperPile([-0.35, top, -0.1], [0.15, 0.22], 3, seededRandom(31)),
  ];
  return { parts };
}
