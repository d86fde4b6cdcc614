// The typewriter desk: the office desk with a black Underwood-style typewriter facing the chair, a pile of
// typescript and a few loose sheets. 1.5 × 1.2 with the chair, 0.8 high.
//
// A typewriter stands about 0.22 m tall, which does not fit above a 0.76 m desk top inside this model's true
// height; so the desk is built at typing-table height (0.66, as typing desks were) and the machine as tall as the
// remaining height allows. A taller true height gives a 0.76 desk and a full-height machine.
import { MODEL_SIZES } from '../../../../rooms/modelSizes';
import type { ModelParts } from '../parts';
import { officeDesk } from './desk';
import { typewriter } from './machines';
import { paperPile, place, seeded } from './kit';

export function typewriterDesk(): ModelParts {
  const h = MODEL_SIZES['typewriter-desk'].heightM;
  const top = Math.min(0.76, Math.max(0.66, h - 0.22));
  const random = seeded(23);
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
