// A tall bookcase: two bays of six shelves, full of books. 1.8 × 0.4, 2.4 high.
import type { ModelParts } from '../parts';
import { bookRow, seeded } from './kit';
import { bookcaseFrame, equalRows } from './shelving';

export function tallBookcase(): ModelParts {
  const { parts, compartments } = bookcaseFrame({ width: 1.8, depth: 0.4, height: 2.4, bays: 2, rows: equalRows(2.4, 6) });
  const random = seeded(101);
  for (const c of compartments) parts.push(...bookRow(c, random));
  return { parts };
}
