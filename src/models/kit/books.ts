// Books and papers: rows of books filling a shelf, and piles of loose sheets. Both take a seeded random source
// (util/seededRandom.ts), so a shelf looks the same on every load.
import type { Part } from '../../scene/exhibits/parts';
import type { ExhibitSurface } from '../palette';
import { box, type V3 } from './primitives';

export const BOOK_COLOURS: ExhibitSurface[] = ['book-red', 'book-green', 'book-brown', 'book-blue'];

export interface ShelfSpace {
  x0: number;
  x1: number;
  /** Top of the shelf board the books stand on. */
  y: number;
  /** Clear height up to the next board. */
  clear: number;
  /** Front edge of the shelf. */
  zFront: number;
  /** Usable depth from the front edge back. */
  depth: number;
}

/**
 * Fills a shelf with books, drawn as a few wide blocks of differing height and colour (each block stands for a
 * run of spines), sometimes ending in a leaning block or a short stack lying flat.
 */
export function bookRow(space: ShelfSpace, random: () => number, colours = BOOK_COLOURS): Part[] {
  const parts: Part[] = [];
  const { x0, x1, y, clear, zFront, depth } = space;
  const maxH = clear - 0.02;
  const fillTo = x1 - (random() < 0.45 ? 0.06 + random() * 0.12 : 0.005);
  let x = x0 + 0.005;
  let last = -1;
  const pick = (): ExhibitSurface => {
    let i = Math.floor(random() * colours.length);
    if (i === last) i = (i + 1) % colours.length;
    last = i;
    return colours[i];
  };
  while (fillTo - x > 0.04) {
    const w = Math.min(0.06 + random() * 0.12, fillTo - x);
    const h = Math.min(maxH, maxH * (0.7 + random() * 0.28));
    const d = Math.min(depth - 0.01, 0.16 + random() * 0.07);
    parts.push(box(pick(), [w - 0.004, h, d], [x + w / 2, y + h / 2, zFront - 0.015 - d / 2]));
    x += w;
  }
  const room = x1 - x;
  if (room > 0.09 && random() < 0.5) {
    // A short stack lying flat.
    const bw = Math.min(room - 0.02, 0.2);
    for (let i = 0; i < 3; i++) {
      const t = 0.03 + random() * 0.015;
      const d = Math.min(depth - 0.01, 0.15 + random() * 0.05);
      const yb = y + i * 0.045;
      parts.push(box(pick(), [bw - i * 0.01, t, d], [x + 0.01 + bw / 2, yb + t / 2, zFront - 0.015 - d / 2]));
    }
  } else if (room > 0.06) {
    // A few books leaning on the last block.
    const w = 0.04;
    const h = Math.min(maxH * 0.8, 0.22);
    // Turned about z so that its top leans left (-x) against the block beside it.
    const tilt = 0.22;
    const ex = w * Math.cos(tilt) + h * Math.sin(tilt);
    const ey = w * Math.sin(tilt) + h * Math.cos(tilt);
    const d = Math.min(depth - 0.01, 0.17);
    parts.push(box(pick(), [w, h, d], [x + ex / 2 + 0.002, y + ey / 2, zFront - 0.015 - d / 2], [0, 0, tilt]));
  }
  return parts;
}

/** A pile of loose sheets or a newspaper: a few thin boxes, each a little turned. */
export function paperPile(
  at: V3,
  size: [number, number],
  layers: number,
  random: () => number,
  surface: ExhibitSurface = 'paper',
): Part[] {
  const parts: Part[] = [];
  const t = 0.008;
  for (let i = 0; i < layers; i++) {
    const turn = (random() - 0.5) * 0.3;
    const centre: V3 = [at[0] + (random() - 0.5) * 0.02, at[1] + t / 2 + i * t, at[2] + (random() - 0.5) * 0.02];
    parts.push(box(surface, [size[0], t, size[1]], centre, [0, turn, 0]));
  }
  return parts;
}
