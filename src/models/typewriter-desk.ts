// The typewriter desk: the office desk with a black Underwood-style typewriter facing the chair, a pile of
// typescript and a few loose sheets. 1.5 × 1.2 with the chair, 0.8 high.
//
// The desk is at typing-table height (machineDeskTopM) and the machine as tall as the remaining height allows; a
// taller true height gives a 0.76 desk and a full-height machine.
import type { ModelParts } from '../scene/exhibits/parts';
import { seededRandom } from '../util/seededRandom';
import { defineModel, type BodySize } from './kit/defineModel';
import { place } from './kit/primitives';
import { paperPile } from './kit/books';
import { machineDeskTopM, officeDesk } from './kit/furniture';
import { typewriter } from './kit/machines';

export default defineModel({
  kind: 'typewriter-desk',
  size: { widthM: 1.5, depthM: 1.2, heightM: 0.8 },
  hotspotM: 1.1,
  build: typewriterDesk,
});

function typewriterDesk({ heightM: h }: BodySize): ModelParts {
  const top = machineDeskTopM(h);
  const random = seededRandom(23);
  return {
    parts: [
      ...officeDesk(top, Math.min(0.85, h)),
      ...place(typewriter(Math.min(0.22, h - top)), [0, top, -0.25]),
      ...paperPile([-0.5, top, -0.35], [0.21, 0.297], 5, random),
      ...paperPile([0.45, top, -0.3], [0.21, 0.297], 3, random),
      ...paperPile([0.42, top, 0.0], [0.21, 0.297], 1, random),
    ],
  };
}
