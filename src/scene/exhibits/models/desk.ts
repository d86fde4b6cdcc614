// The desk: a pedestal desk with its chair pulled in on the front side (+z), its top covered with piles of
// papers, folded newspapers and magazines. 1.5 × 1.2 with the chair, 0.8 high.
import { MODEL_SIZES } from '../../../../rooms/modelSizes';
import type { ExhibitSurface, ModelParts, Part } from '../parts';
import { box, chair, paperPile, pedestalDesk, place, rod, seeded, span } from './kit';

/** The desk and chair the three office desks share: a 1.5 × 0.75 desk against the back, the chair in front. */
export function officeDesk(top: number, chairHeight: number): Part[] {
  return [
    ...pedestalDesk({ width: 1.5, depth: 0.75, height: top, at: [0, -0.225] }),
    ...place(chair({ height: chairHeight, frame: 'wood-dark', seat: 'leather', back: 'wood-dark' }), [0, 0, 0.3], [0, Math.PI, 0]),
  ];
}

export function desk(): ModelParts {
  const top = 0.76;
  const random = seeded(11);
  const parts: Part[] = [
    ...officeDesk(top, Math.min(0.85, MODEL_SIZES.desk.heightM)),
    span('leather', [-0.28, top, -0.42], [0.22, top + 0.004, -0.05]),
    ...paperPile([-0.05, top + 0.004, -0.24], [0.21, 0.297], 2, random),
    ...paperPile([-0.54, top, -0.4], [0.22, 0.3], 4, random),
    ...paperPile([-0.48, top, -0.02], [0.3, 0.38], 3, random),
    ...paperPile([0.36, top, -0.43], [0.21, 0.297], 3, random),
    rod('black', 0.01, [0.15, top + 0.006, -0.12], [0.27, top + 0.006, -0.05]),
  ];
  // Magazines: a small stack and two fanned out in front of it.
  const covers: ExhibitSurface[] = ['book-blue', 'paper', 'book-red', 'book-green', 'paper'];
  for (const [i, surface] of covers.slice(0, 3).entries()) {
    parts.push(box(surface, [0.22, 0.006, 0.29], [0.5, top + 0.003 + i * 0.006, -0.12], [0, (i - 1) * 0.15, 0]));
  }
  parts.push(
    box(covers[3], [0.22, 0.006, 0.29], [0.58, top + 0.003, -0.02], [0, 0.5, 0]),
    box(covers[4], [0.22, 0.006, 0.29], [0.34, top + 0.003, -0.02], [0, -0.3, 0]),
  );
  return { parts };
}
