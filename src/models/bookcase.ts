// A bookcase: one bay of five shelves full of books. 1.2 × 0.35, 1.8 high.
import type { ModelParts } from '../scene/exhibits/parts';
import { seededRandom } from '../util/seededRandom';
import { defineModel } from './kit/defineModel';
import { bookRow } from './kit/books';
import { bookcaseFrame, equalRows } from './kit/shelving';

export default defineModel({
  kind: 'bookcase',
  size: { widthM: 1.2, depthM: 0.35, heightM: 1.8 },
  hotspotM: 1.5,
  build: bookcase,
});

function bookcase(): ModelParts {
  const { parts, compartments } = bookcaseFrame({
    width: 1.2,
    depth: 0.35,
    height: 1.8,
    bays: 1,
    rows: equalRows(1.8, 5),
    wood: 'wood-mid',
  });
  const random = seededRandom(202);
  for (const c of compartments) parts.push(...bookRow(c, random));
  return { parts };
}
