// The furniture several models share: a plain chair, a pedestal desk, and the desk-and-chair of the three office
// desks. Each is built about its own origin, its front towards +z.
import type { Part } from '../../scene/exhibits/parts';
import type { ExhibitSurface } from '../palette';
import { QUARTER, cyl, place, span } from './primitives';

export interface ChairSpec {
  /** Top of the back above the floor. */
  height?: number;
  seatHeight?: number;
  width?: number;
  depth?: number;
  frame?: ExhibitSurface;
  seat?: ExhibitSurface;
  back?: ExhibitSurface;
}

/** A plain straight-backed chair at the origin, its front (where one sits down) facing +z, its back at -z. */
export function chair(spec: ChairSpec = {}): Part[] {
  const {
    height = 0.88,
    seatHeight = 0.45,
    width = 0.42,
    depth = 0.42,
    frame = 'wood-mid',
    seat = frame,
    back = seat,
  } = spec;
  const leg = 0.035;
  const hw = width / 2;
  const hd = depth / 2;
  const seatT = 0.03;
  const xs = hw - leg / 2;
  return [
    span(seat, [-hw, seatHeight - seatT, -hd], [hw, seatHeight, hd]),
    span(frame, [-xs - leg / 2, 0, hd - leg], [-xs + leg / 2, seatHeight - seatT, hd]),
    span(frame, [xs - leg / 2, 0, hd - leg], [xs + leg / 2, seatHeight - seatT, hd]),
    // The back legs run on up as the posts of the back.
    span(frame, [-xs - leg / 2, 0, -hd], [-xs + leg / 2, height, -hd + leg]),
    span(frame, [xs - leg / 2, 0, -hd], [xs + leg / 2, height, -hd + leg]),
    span(back, [-xs + leg / 2, height - 0.14, -hd + 0.005], [xs - leg / 2, height - 0.02, -hd + leg - 0.005]),
    span(back, [-xs + leg / 2, seatHeight + 0.12, -hd + 0.008], [xs - leg / 2, seatHeight + 0.18, -hd + leg - 0.008]),
  ];
}

export interface DeskSpec {
  width: number;
  depth: number;
  /** Height of the top surface. */
  height: number;
  /** Centre of the desk on the floor. */
  at: [number, number];
  wood?: ExhibitSurface;
  front?: ExhibitSurface;
}

/** A pedestal desk: a top over two banks of drawers with a knee-hole between; the drawers face +z. */
export function pedestalDesk(spec: DeskSpec): Part[] {
  const { width, depth, height, wood = 'wood-dark', front = 'wood-mid' } = spec;
  const [cx, cz] = spec.at;
  const top = 0.035;
  const hw = width / 2;
  const hd = depth / 2;
  const pedW = Math.min(0.42, width * 0.28);
  const parts: Part[] = [
    span(wood, [cx - hw, height - top, cz - hd], [cx + hw, height, cz + hd]),
    // The modesty panel at the back of the knee-hole.
    span(wood, [cx - hw + pedW, height - 0.45, cz - hd + 0.03], [cx + hw - pedW, height - top, cz - hd + 0.05]),
    // The shallow middle drawer.
    span(
      front,
      [cx - hw + pedW + 0.02, height - top - 0.09, cz + hd - 0.04],
      [cx + hw - pedW - 0.02, height - top - 0.01, cz + hd - 0.02],
    ),
    cyl('brass', 0.025, 0.02, [cx, height - top - 0.05, cz + hd - 0.01], [QUARTER, 0, 0]),
  ];
  for (const side of [-1, 1]) {
    const x0 = side < 0 ? cx - hw + 0.02 : cx + hw - 0.02 - pedW;
    const x1 = x0 + pedW;
    parts.push(span(wood, [x0, 0, cz - hd + 0.02], [x1, height - top, cz + hd - 0.03]));
    const drawerH = (height - top - 0.08) / 3;
    for (let i = 0; i < 3; i++) {
      const y0 = 0.06 + i * drawerH;
      parts.push(span(front, [x0 + 0.02, y0 + 0.01, cz + hd - 0.03], [x1 - 0.02, y0 + drawerH - 0.01, cz + hd - 0.01]));
      parts.push(cyl('brass', 0.025, 0.02, [(x0 + x1) / 2, y0 + drawerH / 2, cz + hd], [QUARTER, 0, 0]));
    }
  }
  return parts;
}

/**
 * The desk top for a desk that carries a machine (a typewriter, an Ediphone) within the model's true height: a
 * machine stands about 0.22 m tall, which does not fit above a 0.76 m top inside 0.8 m, so the top drops to
 * typing-table height (0.66, as typing desks were) and no lower.
 */
export const machineDeskTopM = (heightM: number): number => Math.min(0.76, Math.max(0.66, heightM - 0.22));

/** The desk and chair the three office desks share: a 1.5 × 0.75 desk against the back, the chair in front. */
export function officeDesk(top: number, chairHeight: number): Part[] {
  return [
    ...pedestalDesk({ width: 1.5, depth: 0.75, height: top, at: [0, -0.225] }),
    ...place(chair({ height: chairHeight, frame: 'wood-dark', seat: 'leather', back: 'wood-dark' }), [0, 0, 0.3], [0, Math.PI, 0]),
  ];
}
