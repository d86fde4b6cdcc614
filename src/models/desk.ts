// The desk: a pedestal desk with its chair pulled in on the front side (+z), its top covered with piles of
// papers, folded newspapers and magazines. 1.5 × 1.2 with the chair, 0.8 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { seededRandom } from '../util/seededRandom';
import type { ExhibitSurface } from './palette';
import { defineModel, type BodySize } from './kit/defineModel';
import { box, rod, span } from './kit/primitives';
import { paperPile } from './kit/books';
import { officeDesk } from './kit/furniture';

export default defineModel({
  kind: 'desk',
  size: { widthM: 1.5, depthM: 1.2, heightM: 0.8 },
  hotspotM: 1.1,
  build: desk,
});

function desk({ heightM }: BodySize): ModelParts {
  const top = 0.76;
  const random = seededRandom(11);
  const parts: Part[] = [
    ...officeDesk(top, Math.min(0.85, heightM)),
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
