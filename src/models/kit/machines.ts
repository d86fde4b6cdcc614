// The office machines that stand on desks and stands: a typewriter and an Ediphone dictating machine, each built
// at the origin (base at y = 0, front towards +z) to a given height, and a rack of wax cylinders.
import type { Part } from '../../scene/exhibits/parts';
import { QUARTER, box, cone, cyl, cylX, span, type V3 } from './primitives';

/** An Underwood-style typewriter, `height` tall: frame, hood over the type-bars, sloping keyboard, platen. */
export function typewriter(height: number): Part[] {
  const th = height;
  const slope = 0.35;
  const keyCentre: V3 = [0, 0.3 * th, 0.09];
  const normal = [Math.cos(slope), Math.sin(slope)]; // y, z of the keyboard's up direction
  const down = [-Math.sin(slope), Math.cos(slope)]; // y, z along the keyboard towards the typist
  const onKeys = (t: number, lift: number): V3 => [
    0,
    keyCentre[1] + normal[0] * lift + down[0] * t,
    keyCentre[2] + normal[1] * lift + down[1] * t,
  ];
  const parts: Part[] = [
    span('black', [-0.15, 0, -0.12], [0.15, 0.4 * th, 0.1]),
    span('black', [-0.13, 0.4 * th, -0.12], [0.13, 0.7 * th, 0]),
    box('black', [0.28, 0.03, 0.12], keyCentre, [slope, 0, 0]),
    box('metal-light', [0.15, 0.008, 0.012], onKeys(0.05, 0.018), [slope, 0, 0]),
    cylX('black', 0.045, 0.33, [0, th - 0.03, -0.08]),
    cylX('black', 0.035, 0.025, [-0.18, th - 0.03, -0.08]),
    cylX('black', 0.035, 0.025, [0.18, th - 0.03, -0.08]),
    box('metal-light', [0.38, 0.015, 0.025], [0, th - 0.05, -0.115]),
    box('metal-light', [0.07, 0.008, 0.012], [-0.21, th - 0.025, -0.06], [0, 0.4, 0]),
    box('paper', [0.21, 0.028, 0.002], [0, th - 0.03 + 0.014, -0.103], [-0.2, 0, 0]),
  ];
  for (const t of [-0.04, -0.005, 0.03]) parts.push(box('ceramic', [0.24, 0.008, 0.014], onKeys(t, 0.018), [slope, 0, 0]));
  return parts;
}

/** Where the speaking tube leaves the Ediphone's reproducer, for a machine of the given height. */
export const reproducerAt = (height: number): V3 => [0.06, height - 0.02, 0.01];

/**
 * An Ediphone: a black base and motor housing, a wax cylinder lying across the top on its mandrel, the
 * reproducer on its rail. The speaking tube is drawn by the caller, from reproducerAt().
 */
export function ediphone(height: number): Part[] {
  const mh = height;
  const cylinderY = mh - 0.03;
  return [
    span('black', [-0.18, 0, -0.12], [0.18, 0.15 * mh, 0.12]),
    span('black', [-0.15, 0.15 * mh, -0.11], [0.15, cylinderY - 0.02, 0.06]),
    span('metal-light', [-0.115, cylinderY - 0.03, 0.02], [-0.1, cylinderY + 0.01, 0.04]),
    span('metal-light', [0.1, cylinderY - 0.03, 0.02], [0.115, cylinderY + 0.01, 0.04]),
    cylX('metal-light', 0.012, 0.24, [0, cylinderY, 0.03]),
    cylX('wax', 0.055, 0.16, [0, cylinderY, 0.03]),
    cylX('metal-light', 0.012, 0.3, [0, mh - 0.012, -0.02]),
    box('metal-dark', [0.04, 0.035, 0.045], [0.06, mh - 0.02, 0.005]),
    cyl('metal-light', 0.03, 0.012, [-0.13, 0.15 * mh + 0.006, 0.09]),
  ];
}

/** A wooden rack with `count` wax cylinders standing in a row along x. */
export function cylinderRack(count: number, cylinderHeight: number): Part[] {
  const pitch = 0.065;
  const half = (count * pitch) / 2 + 0.01;
  const parts: Part[] = [span('wood-mid', [-half, 0, -0.045], [half, 0.015, 0.045])];
  for (let i = 0; i < count; i++) {
    parts.push(cyl('wax', 0.055, cylinderHeight, [-half + 0.01 + pitch * (i + 0.5), 0.015 + cylinderHeight / 2, 0]));
  }
  return parts;
}

/** A speaking-tube mouthpiece lying on its side, its narrow end pointing to -z. */
export const mouthpieceLying = (at: V3): Part => cone('black', 0.06, 0.09, at, [-QUARTER, 0, 0]);
