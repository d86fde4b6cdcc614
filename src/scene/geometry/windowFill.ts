// What fills a window opening, by the window's state in the period shown: a wooden frame always, then brick
// infill, a steel shutter, or bars across what is left open.
import { WALL_HALF_THICKNESS_M as T } from '../../plan/constants';
import type { WallLine } from '../../plan/geometry';
import type { SurfaceBuilder } from './SurfaceBuilder';
import type { Surface } from './surfaces';
import { wallBox } from './wallBox';
import { CASING_DEPTH_M, CASING_WIDTH_M, type Opening } from './wallOpenings';

const BAR_SIZE_M = 0.022;
const BAR_SPACING_M = 0.13;

/** Fills window opening `o` of `line`; `wall` is the wall's own surface, which tops the brick infill. */
export function addWindowFill(b: SurfaceBuilder<Surface>, line: WallLine, o: Opening, wall: Surface): void {
  const state = o.window!.state;
  const casing = (a: [number, number], y: [number, number]) =>
    wallBox(b, line, a, y, [T, T + CASING_DEPTH_M], { inner: 'wood', ends: 'wood', top: 'wood', bottom: 'wood' });
  // A wooden sill and frame on the inner face.
  casing([o.a0 - CASING_WIDTH_M, o.a1 + CASING_WIDTH_M], [o.sill - CASING_WIDTH_M, o.sill]);
  casing([o.a0 - CASING_WIDTH_M, o.a0], [o.sill, o.top]);
  casing([o.a1, o.a1 + CASING_WIDTH_M], [o.sill, o.top]);
  casing([o.a0 - CASING_WIDTH_M, o.a1 + CASING_WIDTH_M], [o.top, o.top + CASING_WIDTH_M]);

  const brickTo = state === 'bricked' ? o.top : state === 'half-bricked' ? (o.sill + o.top) / 2 : o.sill;
  if (brickTo > o.sill) {
    // Brick infill set back from the inner face, so the opening still reads as a window that was closed.
    wallBox(b, line, [o.a0, o.a1], [o.sill, brickTo], [0.02, T - 0.03], { inner: 'brick', outer: 'exterior', top: wall });
  }
  if (state === 'steel-shuttered') {
    wallBox(b, line, [o.a0, o.a1], [o.sill, o.top], [0.01, 0.05], { inner: 'metal', outer: 'metal' });
    return;
  }
  if (brickTo < o.top && state !== 'open') addBars(b, line, o, brickTo);
}

/** Bars across the opening from `fromY` up to its top: uprights, and one rail across their middle. */
function addBars(b: SurfaceBuilder<Surface>, line: WallLine, o: Opening, fromY: number): void {
  const n = Math.max(2, Math.round((o.a1 - o.a0) / BAR_SPACING_M));
  for (let i = 1; i < n; i++) {
    const a = o.a0 + ((o.a1 - o.a0) * i) / n;
    wallBox(b, line, [a - BAR_SIZE_M / 2, a + BAR_SIZE_M / 2], [fromY, o.top], [T * 0.4, T * 0.4 + BAR_SIZE_M], {
      inner: 'metal',
      outer: 'metal',
      ends: 'metal',
    });
  }
  const mid = (fromY + o.top) / 2;
  wallBox(b, line, [o.a0, o.a1], [mid - BAR_SIZE_M / 2, mid + BAR_SIZE_M / 2], [T * 0.4 - BAR_SIZE_M, T * 0.4], {
    inner: 'metal',
    outer: 'metal',
    top: 'metal',
    bottom: 'metal',
  });
}
