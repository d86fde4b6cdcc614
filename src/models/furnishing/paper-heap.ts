// A heap of loose papers with a folded newspaper and two magazines on top, for a table: 0.45 × 0.34, 0.07 high.
import { seededRandom } from '../../util/seededRandom';
import { defineModel } from '../kit/defineModel';
import { box } from '../kit/primitives';
import { paperPile } from '../kit/books';

export default defineModel({
  kind: 'paper-heap',
  size: { widthM: 0.45, depthM: 0.34, heightM: 0.07 },
  hotspotM: 0,
  build: () => {
    const random = seededRandom(41);
    const parts = [
      ...paperPile([-0.08, 0, -0.02], [0.21, 0.297], 4, random),
      ...paperPile([0.1, 0, 0.02], [0.21, 0.297], 3, random),
      // A newspaper folded in half, then two magazines thrown over the heap.
      box('fabric-white', [0.3, 0.012, 0.2], [0.02, 0.038, 0.0], [0, 0.25, 0]),
      box('book-blue', [0.2, 0.005, 0.27], [-0.1, 0.048, 0.02], [0, -0.2, 0]),
      box('book-red', [0.2, 0.005, 0.27], [0.12, 0.054, -0.01], [0, 0.35, 0]),
    ];
    return { parts };
  },
});
