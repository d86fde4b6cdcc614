// Where the headset's panels stand: pure geometry over the plan, shared by the tour's panel and the caption's so that
// the two never cover each other. Bearings are degrees clockwise from north (−z), as the tour's headings.
import type { House } from '../../rooms/validate';
import type { Point, RoomId } from '../../rooms/schema';
import { contains, distanceM, headingTowardsDeg } from '../plan/geometry';
import { WALL_HALF_THICKNESS_M } from '../plan/constants';
import type { Pose } from '../plan/travel';
import { roomAt } from '../plan/walkable';

export interface PanelPlacement {
  xM: number;
  zM: number;
  /** The turn about the vertical that has the panel's face towards the reader. */
  yawRad: number;
}

/** 1.1 m wide at 1.3 m: 46° of the view, its 36 px body text 1.7° tall (an em), as a caption's (0.8 m at 0.9 m:
 *  48°, 1.8°). At 1.0 m and 1.4 m the emulator's view showed the small lines barely legible. */
export const TOUR_PANEL_WIDTH_M = 1.1;
export const CAPTION_PANEL_WIDTH_M = 0.8;
/** Nearer where the stop's room leaves no room at the first. */
const TOUR_PANEL_FROM_STOP_M = [1.3, 1.2] as const;
/** Off the line of sight to the stop's subject, so the panel does not hide it: its near edge stays 12° clear. */
const TOUR_PANEL_ASIDE_DEG = 35;
/** The caption stands between the visitor and its object, this far from the visitor at most. */
const CAPTION_FROM_VISITOR_M = 0.9;
/** Between the two panels' edges, as seen by the visitor: room for the head to sway. */
const PANELS_APART_DEG = 4;
/** A panel's edge keeps this clear of a wall's face. */
const WALL_CLEARANCE_M = WALL_HALF_THICKNESS_M + 0.05;

const RAD = Math.PI / 180;
const along = (from: Point, bearingDeg: number, distM: number): Point => ({
  xM: from.xM + Math.sin(bearingDeg * RAD) * distM,
  zM: from.zM - Math.cos(bearingDeg * RAD) * distM,
});
const facing = (panel: Point, reader: Point) => Math.atan2(reader.xM - panel.xM, reader.zM - panel.zM);
/** −180..180 */
const turnDeg = (deg: number) => ((((deg + 180) % 360) + 360) % 360) - 180;
/** Half the angle a panel of this width fills, seen face on from this far. */
const halfAngleDeg = (widthM: number, distM: number) => Math.atan2(widthM / 2, Math.max(distM, 0.01)) / RAD;

/** Inside the room, its indoor walls kept clear; in the garden, clear of the buildings. */
function standsIn(house: House, room: RoomId, p: Point): boolean {
  if (roomAt(house, p) !== room) return false;
  const r = house.rooms[room];
  return r.kind !== 'indoor' || contains(r.footprint, p, WALL_CLEARANCE_M);
}

/**
 * The tour's panel, placed once per stop: beside the line of sight from where the stop has the visitor stand
 * towards what it shows (its exhibit, else the way the stop faces), turned to the standing point. The right side
 * first, then the left, then a little nearer, whichever keeps the whole panel inside the stop's room.
 */
export function tourPanelPlacement(house: House, stopPose: Pose, stopRoom: RoomId, subject: Point | null): PanelPlacement {
  const towardsDeg = subject && distanceM(subject, stopPose) > 0.01 ? headingTowardsDeg(stopPose, subject) : stopPose.headingDeg;
  let best: { at: Point; inside: number } | null = null;
  for (const distM of TOUR_PANEL_FROM_STOP_M)
    for (const side of [1, -1]) {
      const bearingDeg = towardsDeg + side * TOUR_PANEL_ASIDE_DEG;
      const at = along(stopPose, bearingDeg, distM);
      // The panel's two edges, either side of its centre across the line from the standing point.
      const edges = [along(at, bearingDeg + 90, TOUR_PANEL_WIDTH_M / 2), along(at, bearingDeg - 90, TOUR_PANEL_WIDTH_M / 2)];
      const inside = [at, ...edges].filter((p) => standsIn(house, stopRoom, p)).length;
      if (inside === 3) return { ...at, yawRad: facing(at, stopPose) };
      if (!best || inside > best.inside) best = { at, inside };
    }
  return { ...best!.at, yawRad: facing(best!.at, stopPose) };
}

/**
 * A caption's panel, from where the visitor stands: between them and the object, at arm's length; moved aside, away
 * from the tour's panel, when that would otherwise be covered.
 */
export function captionPlacement(visitor: Point, object: Point, tourPanel: Point | null): PanelPlacement {
  const d = distanceM(visitor, object) || 1;
  const reachM = Math.min(CAPTION_FROM_VISITOR_M, d * 0.7);
  let bearingDeg = headingTowardsDeg(visitor, object);
  if (tourPanel) {
    const tourDeg = headingTowardsDeg(visitor, tourPanel);
    const needDeg =
      halfAngleDeg(TOUR_PANEL_WIDTH_M, distanceM(visitor, tourPanel)) + halfAngleDeg(CAPTION_PANEL_WIDTH_M, reachM) + PANELS_APART_DEG;
    const apartDeg = turnDeg(bearingDeg - tourDeg);
    if (Math.abs(apartDeg) < needDeg) bearingDeg = tourDeg + (apartDeg < 0 ? -needDeg : needDeg);
  }
  const at = along(visitor, bearingDeg, reachM);
  return { ...at, yawRad: facing(at, visitor) };
}
