// A bookcase: one bay of five shelves full of books. 1.2 × 0.35, 1.8 high.
import type { ModelParts } from '../parts';
import { bookRow, seeded } from './kit';
import { bookcaseFrame, equalRows } from './shelving';

export function bookcase(): ModelParts {
  const { parts, compartments } = bookcaseFrame({
    width: 1.2,
    depth: 0.35,
    height: 1.8,
    bays: 1,
    rows: equalRows(1.8, 5),
    wood: 'wood-mid',
  });
  const random = seeded(202);
  for (const c of compartments) parts.push(...bookRow(c, random));
  return { parts };
}
