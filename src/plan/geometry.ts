// Plan geometry over the room data: where a wall runs, where an opening sits on the site, which room holds a point.
// Pure functions shared by validation, the scene, walking and the minimap.
import type { Footprint, Point, Side } from '../../rooms/schema';

export interface WallLine {
  side: Side;
  /** The wall's west or north end, where `alongM` starts. */
  start: Point;
  /** Unit vector along the wall, from `start`. */
  dir: Point;
  lengthM: number;
  /** Unit vector out of the room, through the wall. */
  outward: Point;
}

export function wallLine(f: Footprint, side: Side): WallLine {
  const east = f.xM + f.widthM;
  const south = f.zM + f.depthM;
  switch (side) {
    case 'north':
      return { side, start: { xM: f.xM, zM: f.zM }, dir: { xM: 1, zM: 0 }, lengthM: f.widthM, outward: { xM: 0, zM: -1 } };
    case 'south':
      return { side, start: { xM: f.xM, zM: south }, dir: { xM: 1, zM: 0 }, lengthM: f.widthM, outward: { xM: 0, zM: 1 } };
    case 'west':
      return { side, start: { xM: f.xM, zM: f.zM }, dir: { xM: 0, zM: 1 }, lengthM: f.depthM, outward: { xM: -1, zM: 0 } };
    case 'east':
      return { side, start: { xM: east, zM: f.zM }, dir: { xM: 0, zM: 1 }, lengthM: f.depthM, outward: { xM: 1, zM: 0 } };
  }
}

/** The point on a wall `alongM` from its start, pushed `outM` outward (negative: into the room). */
export function pointOnWall(line: WallLine, alongM: number, outM = 0): Point {
  return {
    xM: line.start.xM + line.dir.xM * alongM + line.outward.xM * outM,
    zM: line.start.zM + line.dir.zM * alongM + line.outward.zM * outM,
  };
}

export function contains(f: Footprint, p: Point, insetM = 0): boolean {
  return (
    p.xM >= f.xM + insetM &&
    p.xM <= f.xM + f.widthM - insetM &&
    p.zM >= f.zM + insetM &&
    p.zM <= f.zM + f.depthM - insetM
  );
}

/** Area shared by two footprints, in square metres (0 when they only touch). */
export function overlapAreaM2(a: Footprint, b: Footprint): number {
  const w = Math.min(a.xM + a.widthM, b.xM + b.widthM) - Math.max(a.xM, b.xM);
  const d = Math.min(a.zM + a.depthM, b.zM + b.depthM) - Math.max(a.zM, b.zM);
  return w > 0 && d > 0 ? w * d : 0;
}

export function centre(f: Footprint): Point {
  return { xM: f.xM + f.widthM / 2, zM: f.zM + f.depthM / 2 };
}

/** Heading in degrees clockwise from north (−z) for looking from `from` towards `to`. */
export function headingTowardsDeg(from: Point, to: Point): number {
  const deg = (Math.atan2(to.xM - from.xM, -(to.zM - from.zM)) * 180) / Math.PI;
  return (deg + 360) % 360;
}

export function distanceM(a: Point, b: Point): number {
  return Math.hypot(a.xM - b.xM, a.zM - b.zM);
}
