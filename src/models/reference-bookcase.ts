// The reference bookcase: a cupboard with two doors below, and above it four shelves, the lowest tall enough for
// atlases and dictionaries. 1.0 × 0.35, 1.9 high.
import type { ModelParts } from '../scene/exhibits/parts';
import { seededRandom } from '../util/seededRandom';
import { defineModel } from './kit/defineModel';
import { cyl, span } from './kit/primitives';
import { bookRow } from './kit/books';
import { bookcaseFrame } from './kit/shelving';

export default defineModel({
  kind: 'reference-bookcase',
  size: { widthM: 1.0, depthM: 0.35, heightM: 1.9 },
  hotspotM: 1.5,
  build: referenceBookcase,
});

function referenceBookcase(): ModelParts {
  const { parts, compartments } = bookcaseFrame({
    width: 1.0,
    depth: 0.35,
    height: 1.9,
    bays: 1,
    rows: [0.5, 0.4, 0.3, 0.28, 0.224],
    plinth: 0.06,
    cornice: 0.05,
    trim: 'wood-mid',
  });
  const random = seededRandom(303);
  for (const c of compartments) {
    if (c.row > 0) {
      parts.push(...bookRow(c, random));
      continue;
    }
    // The cupboard: two doors over the bottom compartment, with small brass knobs.
    const mid = (c.x0 + c.x1) / 2;
    const z = c.zFront + 0.01;
    parts.push(
      span('wood-mid', [c.x0, c.y, z - 0.02], [mid - 0.003, c.y + c.clear, z]),
      span('wood-mid', [mid + 0.003, c.y, z - 0.02], [c.x1, c.y + c.clear, z]),
      cyl('brass', 0.025, 0.02, [mid - 0.04, c.y + c.clear * 0.6, z + 0.005], [Math.PI / 2, 0, 0]),
      cyl('brass', 0.025, 0.02, [mid + 0.04, c.y + c.clear * 0.6, z + 0.005], [Math.PI / 2, 0, 0]),
    );
  }
  return { parts };
}
