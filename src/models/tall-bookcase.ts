// A tall bookcase: two bays of six shelves, full of books. 1.8 × 0.4, 2.4 high.
import type { ModelParts } from '../scene/exhibits/parts';
import { seededRandom } from '../util/seededRandom';
import { defineModel } from './kit/defineModel';
import { bookRow } from './kit/books';
import { bookcaseFrame, equalRows } from './kit/shelving';

export default defineModel({
  kind: 'tall-bookcase',
  size: { widthM: 1.8, depthM: 0.4, heightM: 2.4 },
  hotspotM: 1.7,
  build: tallBookcase,
});

function tallBookcase(): ModelParts {
  const { parts, compartments } = bookcaseFrame({ width: 1.8, depth: 0.4, height: 2.4, bays: 2, rows: equalRows(2.4, 6) });
  const random = seededRandom(101);
  for (const c of compartments) parts.push(...bookRow(c, random));
  return { parts };
}
