// The wooden case the bookcases share: sides, back, plinth, cornice, bay dividers and shelf boards, and the open
// compartments it leaves for books.
import type { Part } from '../../scene/exhibits/parts';
import type { ExhibitSurface } from '../palette';
import type { ShelfSpace } from './books';
import { span } from './primitives';

export interface CaseSpec {
  width: number;
  depth: number;
  height: number;
  bays: number;
  /** Clear heights of the compartments, bottom to top. */
  rows: number[];
  plinth?: number;
  cornice?: number;
  wood?: ExhibitSurface;
  trim?: ExhibitSurface;
}

export interface Compartment extends ShelfSpace {
  bay: number;
  row: number;
}

const SIDE = 0.03;
const DIVIDER = 0.025;
const BOARD = 0.022;
const BACK = 0.012;

/** Clear heights for `count` equal compartments in a case of the given height, plinth and cornice. */
export const equalRows = (height: number, count: number, plinth = 0.08, cornice = 0.05): number[] =>
  Array.from({ length: count }, () => (height - plinth - cornice - (count - 1) * BOARD) / count);

export function bookcaseFrame(spec: CaseSpec): { parts: Part[]; compartments: Compartment[] } {
  const { width: w, depth: d, height: h, bays, rows, plinth = 0.08, cornice = 0.05, wood = 'wood-dark', trim = wood } = spec;
  const hw = w / 2;
  const hd = d / 2;
  const inner0 = -hw + SIDE;
  const inner1 = hw - SIDE;
  const parts: Part[] = [
    span(wood, [-hw, 0, -hd], [inner0, h - cornice, hd]),
    span(wood, [inner1, 0, -hd], [hw, h - cornice, hd]),
    span(wood, [inner0, plinth, -hd], [inner1, h - cornice, -hd + BACK]),
    span(trim, [inner0, 0, -hd + BACK], [inner1, plinth, hd]),
    span(trim, [-hw, h - cornice, -hd], [hw, h, hd]),
  ];
  const bayWidth = (inner1 - inner0 - (bays - 1) * DIVIDER) / bays;
  for (let b = 1; b < bays; b++) {
    const x = inner0 + b * bayWidth + (b - 1) * DIVIDER;
    parts.push(span(wood, [x, plinth, -hd + BACK], [x + DIVIDER, h - cornice, hd - 0.005]));
  }
  const compartments: Compartment[] = [];
  let y = plinth;
  for (const [row, clear] of rows.entries()) {
    if (row > 0) {
      parts.push(span(wood, [inner0, y, -hd + BACK], [inner1, y + BOARD, hd - 0.01]));
      y += BOARD;
    }
    for (let bay = 0; bay < bays; bay++) {
      const x0 = inner0 + bay * (bayWidth + DIVIDER);
      compartments.push({ bay, row, x0, x1: x0 + bayWidth, y, clear, zFront: hd - 0.01, depth: d - BACK - 0.01 });
    }
    y += clear;
  }
  return { parts, compartments };
}
