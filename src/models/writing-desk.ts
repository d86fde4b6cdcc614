// The writing desk: a large pedestal desk with its chair on the front side (+z); on it a leather blotter, a
// stack of books and an open one, stacked papers, an inkwell and pen, and a pair of round spectacles.
// 1.6 × 1.3 with the chair, 0.8 high.
//
// A desk lamp stands 0.35–0.45 m tall: it is added only when the true height leaves that much room above the
// desk top (at 0.8 it does not, so the lamp is left out rather than squashed).
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { seededRandom } from '../util/seededRandom';
import { defineModel, type BodySize } from './kit/defineModel';
import { box, cone, cyl, place, rod, span } from './kit/primitives';
import { paperPile } from './kit/books';
import { chair, pedestalDesk } from './kit/furniture';

export default defineModel({
  kind: 'writing-desk',
  size: { widthM: 1.6, depthM: 1.3, heightM: 0.8 },
  hotspotM: 1.15,
  build: writingDesk,
});

function writingDesk({ heightM: h }: BodySize): ModelParts {
  const top = 0.76;
  const parts: Part[] = [
    ...pedestalDesk({ width: 1.6, depth: 0.8, height: top, at: [0, -0.25] }),
    ...place(chair({ height: Math.min(0.9, h), frame: 'wood-dark', seat: 'leather', back: 'wood-dark' }), [0, 0, 0.36], [0, Math.PI, 0]),
    span('leather', [-0.25, top, -0.45], [0.25, top + 0.004, -0.08]),
    // Books: two lying closed, one open on the blotter.
    box('book-green', [0.17, 0.022, 0.24], [-0.55, top + 0.011, -0.42], [0, 0.1, 0]),
    box('book-red', [0.15, 0.016, 0.22], [-0.55, top + 0.03, -0.42], [0, -0.08, 0]),
    box('book-brown', [0.3, 0.004, 0.21], [0.02, top + 0.006, -0.2]),
    box('paper', [0.14, 0.012, 0.2], [-0.05, top + 0.014, -0.2], [0, 0, 0.06]),
    box('paper', [0.14, 0.012, 0.2], [0.09, top + 0.014, -0.2], [0, 0, -0.06]),
    ...paperPile([-0.5, top, -0.1], [0.21, 0.297], 4, seededRandom(5)),
    // Inkwell and pen.
    box('glass', [0.06, 0.03, 0.06], [0.38, top + 0.015, -0.45]),
    cyl('black', 0.03, 0.01, [0.38, top + 0.035, -0.45]),
    rod('black', 0.01, [0.3, top + 0.006, -0.33], [0.45, top + 0.006, -0.3]),
  ];
  // Round spectacles, folded open on the desk.
  const g = { x: 0.45, y: top + 0.003, z: -0.12 };
  parts.push(
    cyl('black', 0.045, 0.004, [g.x - 0.03, g.y, g.z]),
    cyl('black', 0.045, 0.004, [g.x + 0.03, g.y, g.z]),
    box('black', [0.016, 0.003, 0.004], [g.x, g.y + 0.001, g.z]),
    box('black', [0.003, 0.003, 0.12], [g.x - 0.055, g.y, g.z - 0.06]),
    box('black', [0.003, 0.003, 0.12], [g.x + 0.055, g.y, g.z - 0.06]),
  );
  const lamp = Math.min(0.45, h - top);
  if (lamp >= 0.3) {
    const x = -0.6;
    const z = -0.55;
    parts.push(
      cyl('brass', 0.14, 0.02, [x, top + 0.01, z]),
      rod('brass', 0.015, [x, top + 0.02, z], [x + 0.05, top + lamp - 0.12, z + 0.05]),
      cone('painted-green', 0.22, 0.12, [x + 0.08, top + lamp - 0.06, z + 0.08]),
    );
  }
  return { parts };
}
