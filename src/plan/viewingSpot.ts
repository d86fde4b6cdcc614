// Where a guided tour stands the visitor to look at an exhibit: in the exhibit's own room, on floor one may stand
// on, far enough back to take the object in (further for a large one, further still out of doors), on the side it
// faces, with a clear line on foot to the floor just in front of it; turned to it and looking at its hotspot.
// Pure and deterministic: the same house gives the same spots, worked out once per exhibit.
import type { House } from '../../rooms/validate';
import type { Exhibit, Point, RoomId } from '../../rooms/schema';
import { hotspotPosition } from '../scene/hotspotPosition';
import { BODY_RADIUS_M, EYE_HEIGHT_M } from './constants';
import { contains, distanceM, headingTowardsDeg } from './geometry';
import { modelRectangle } from './modelRectangle';
import type { Pose } from './travel';
import { canStand, clearLine, roomAt } from './walkable';
import { sightClear } from './sightLine';
import { roomsAround } from './walkGraph';

/** Close enough to read a small object's details (a typewriter, a boiler), far enough to see it whole. */
export const SMALL_OBJECT_DISTANCE_M = 1.6;
/** A larger object is seen from as far as its largest side: at 1 m per metre it fills ≈ 70 % of the 70° view's
 *  height (2 × tan 35° = 1.4 m seen per metre away): a 2.4 m dining set from 2.4 m, a 3.6 m bookcase from 3.6 m. */
export const VIEW_DISTANCE_PER_SPAN = 1;
/** A part of the building (a door, a bricked window) is seen with a little of the wall around it. */
export const BUILDING_PART_DISTANCE_M = 1.8;
/** Out of doors a structure is seen with its surroundings: a hutch, a coop, the perimeter wall. */
export const OUTDOOR_STRUCTURE_DISTANCE_M = 3.5;
/** The most the view tilts up or down towards a hotspot; beyond it the room leaves the view. */
export const VIEW_MAX_PITCH_DEG = 30;

/** A marker this close to a wall of its room is on that wall, and faces into the room whatever its heading. */
const MARKER_ON_WALL_M = 0.7;
/** Step along a ray from the object when looking for the floor in front of it. */
const FRONT_STEP_M = 0.1;
/** Each side is searched this far either way of straight out from the object, in these steps. */
const SIDE_HALF_ARC_DEG = 60;
const ARC_STEP_DEG = 10;
/** When no spot fits at the comfortable distance, step back this much at a time, up to 3 m; only when no side has a
 *  spot that way (the door in the 2 m wide bathroom), closer, down to 0.9 m. */
const FARTHER_OFFSETS_M = [0, 0.3, 0.6, 0.9, 1.2, 1.5, 1.8, 2.1, 2.4, 2.7, 3];
const CLOSER_OFFSETS_M = [-0.3, -0.6, -0.9];
const MIN_AWAY_M = 0.9;
/** An object up on another room's roof is looked for from every point of its room's floor this far apart. */
const ROOF_VIEW_GRID_M = 0.5;
/** Open floor: how many of 8 points this far around a spot one may stand on. */
const OPEN_PROBE_M = 0.6;
/** Weights of the spot's score (lower is better), each term between 0 and about 1: how far round from the object's
 *  front (its back scores 1), how much of the floor before it is taken (relative to the distance), how far the
 *  distance is from the comfortable one (relative to 3 m), how far from the room's entrance (relative to the room's
 *  diagonal), and how open the floor around is. */
const SCORE = { round: 1, blocked: 1, offset: 0.3, entrance: 0.5, open: 0.5 } as const;

interface Side {
  /** Unit vector from the object out into the room. */
  dir: Point;
  /** The first floor one may stand on from the object along `dir`: the point just in front of it. */
  front: Point;
  /** How much floor along `dir` something else takes (a bed before the wall behind it), which the spot adds to its
   *  distance so as to look over it rather than stand against it. */
  blockedM: number;
}

const unit = (deg: number): Point => ({ xM: Math.sin((deg * Math.PI) / 180), zM: -Math.cos((deg * Math.PI) / 180) });
const along = (p: Point, dir: Point, m: number): Point => ({ xM: p.xM + dir.xM * m, zM: p.zM + dir.zM * m });
const degOf = (dir: Point) => headingTowardsDeg({ xM: 0, zM: 0 }, dir);

/** Which way the object faces, in degrees: its model's heading, or for a marker on a wall, away from that wall. */
function facingDeg(house: House, roomId: RoomId, exhibit: Exhibit): number {
  const m = exhibit.model;
  if (m.kind !== 'marker') return m.facingDeg;
  const f = house.rooms[roomId].footprint;
  const walls: [number, number][] = [
    [m.zM - f.zM, 180], // on the north wall, facing south
    [f.xM + f.widthM - m.xM, 270],
    [f.zM + f.depthM - m.zM, 0],
    [m.xM - f.xM, 90],
  ];
  const [gapM, deg] = walls.reduce((a, b) => (b[0] < a[0] ? b : a));
  return gapM <= MARKER_ON_WALL_M ? deg : m.facingDeg;
}

/** How far from its centre to the edge of the object's floor rectangle along `dir` (0 for a marker). */
function edgeM(exhibit: Exhibit, dir: Point): number {
  if (exhibit.model.kind === 'marker') return 0;
  const r = modelRectangle(exhibit);
  const tx = Math.abs(dir.xM) > 1e-9 ? r.widthM / 2 / Math.abs(dir.xM) : Infinity;
  const tz = Math.abs(dir.zM) > 1e-9 ? r.depthM / 2 / Math.abs(dir.zM) : Infinity;
  return Math.min(tx, tz);
}

/** The object's sides, its front first, then left, right and back: each with the floor just in front of it. */
function sidesOf(house: House, roomId: RoomId, exhibit: Exhibit): Side[] {
  const at = { xM: exhibit.model.xM, zM: exhibit.model.zM };
  const room = house.rooms[roomId];
  const facing = facingDeg(house, roomId, exhibit);
  const sides: Side[] = [];
  for (const turnDeg of [0, 90, -90, 180]) {
    const dir = unit(facing + turnDeg);
    const edge = edgeM(exhibit, dir);
    for (let t = edge + FRONT_STEP_M; contains(room.footprint, along(at, dir, t)); t += FRONT_STEP_M) {
      const p = along(at, dir, t);
      if (canStand(house, p) && roomAt(house, p) === roomId) {
        sides.push({ dir, front: p, blockedM: Math.max(0, t - edge - BODY_RADIUS_M - FRONT_STEP_M) });
        break;
      }
    }
  }
  return sides;
}

/** The distance a visitor stands back from the object's centre, before allowing for anything in front of it. */
export function comfortDistanceM(house: House, roomId: RoomId, exhibit: Exhibit): number {
  const { kind, size } = exhibit.model;
  const span = Math.max(size.widthM, size.depthM, size.heightM) * VIEW_DISTANCE_PER_SPAN;
  if (house.rooms[roomId].kind === 'outdoor') return Math.max(OUTDOOR_STRUCTURE_DISTANCE_M, span);
  if (kind === 'marker') return BUILDING_PART_DISTANCE_M;
  return Math.max(SMALL_OBJECT_DISTANCE_M, span);
}

function openness(house: House, p: Point): number {
  let open = 0;
  for (let i = 0; i < 8; i++) if (canStand(house, along(p, unit(i * 45), OPEN_PROBE_M))) open++;
  return open / 8;
}

/** The view from `spot` to the exhibit: turned to it, tilted to its hotspot within VIEW_MAX_PITCH_DEG. */
function poseAt(spot: Point, exhibit: Exhibit): Pose {
  const [x, y, z] = hotspotPosition(exhibit);
  const pitch = (Math.atan2(y - EYE_HEIGHT_M, distanceM(spot, { xM: x, zM: z })) * 180) / Math.PI;
  return {
    xM: spot.xM,
    zM: spot.zM,
    headingDeg: headingTowardsDeg(spot, { xM: exhibit.model.xM, zM: exhibit.model.zM }),
    pitchDeg: Math.max(-VIEW_MAX_PITCH_DEG, Math.min(VIEW_MAX_PITCH_DEG, pitch)),
  };
}

interface Candidate {
  spot: Point;
  score: number;
}

/** The best-scoring spot over the exhibit's sides, each at the first of `offsetsM` that gives it one, or null. */
function bestSpot(house: House, exhibitId: string, offsetsM: number[]): Candidate | null {
  const { roomId, exhibit } = house.exhibits[exhibitId];
  const at = { xM: exhibit.model.xM, zM: exhibit.model.zM };
  const entrance = house.entrances[roomId];
  const f = house.rooms[roomId].footprint;
  const roomSizeM = Math.hypot(f.widthM, f.depthM);
  const comfortM = comfortDistanceM(house, roomId, exhibit);
  const facing = facingDeg(house, roomId, exhibit);
  let best: Candidate | null = null;
  for (const side of sidesOf(house, roomId, exhibit)) {
    const outDeg = degOf(side.dir);
    for (const offsetM of offsetsM) {
      const awayM = comfortM + side.blockedM + offsetM;
      if (awayM < MIN_AWAY_M) continue;
      let sideBest: Candidate | null = null;
      for (let arc = 0; arc <= SIDE_HALF_ARC_DEG; arc += ARC_STEP_DEG)
        for (const sign of arc ? [1, -1] : [1]) {
          const spotDeg = outDeg + sign * arc;
          const spot = along(at, unit(spotDeg), awayM);
          const rooms = roomsAround(house, spot);
          if (rooms.length !== 1 || rooms[0] !== roomId || !canStand(house, spot)) continue;
          if (!clearLine(house, spot, side.front) || !sightClear(house, spot, exhibitId)) continue;
          const roundDeg = Math.abs(((spotDeg - facing + 540) % 360) - 180);
          const score =
            (SCORE.round * roundDeg) / 180 +
            (SCORE.blocked * side.blockedM) / awayM +
            (SCORE.offset * Math.abs(offsetM)) / 3 +
            (SCORE.entrance * distanceM(spot, entrance)) / roomSizeM -
            SCORE.open * openness(house, spot);
          if (!sideBest || score < sideBest.score) sideBest = { spot, score };
        }
      // The distance nearest the comfortable one at which this side has a spot wins for the side.
      if (sideBest) {
        if (!best || sideBest.score < best.score) best = sideBest;
        break;
      }
    }
  }
  return best;
}

/** Whether the object stands over another room's roof (a watchtower on the office) rather than in its own room. */
function overAnotherRoof(house: House, roomId: RoomId, exhibit: Exhibit): boolean {
  return house.order.some((id) => id !== roomId && house.rooms[id].kind === 'indoor' && contains(house.rooms[id].footprint, exhibit.model));
}

/**
 * For an object over another room's roof, which has no floor in front of it: the nearest point of its room's floor,
 * at least the comfortable distance away, whose line of sight passes over the roofs between. The office's tower is
 * seen so from the middle of the garden, ≈ 21 m off across the corner where the north row meets the east wing (from
 * just south of the wing, 18 m off, the kitchen hides it).
 */
function spotOverRoofs(house: House, exhibitId: string): Point | null {
  const { roomId, exhibit } = house.exhibits[exhibitId];
  const f = house.rooms[roomId].footprint;
  const comfortM = comfortDistanceM(house, roomId, exhibit);
  let best: Point | null = null;
  let bestM = Infinity;
  for (let x = f.xM + ROOF_VIEW_GRID_M / 2; x < f.xM + f.widthM; x += ROOF_VIEW_GRID_M)
    for (let z = f.zM + ROOF_VIEW_GRID_M / 2; z < f.zM + f.depthM; z += ROOF_VIEW_GRID_M) {
      const spot = { xM: x, zM: z };
      const awayM = distanceM(spot, exhibit.model);
      if (awayM < comfortM || awayM >= bestM) continue;
      const rooms = roomsAround(house, spot);
      if (rooms.length !== 1 || rooms[0] !== roomId || !canStand(house, spot) || !sightClear(house, spot, exhibitId)) continue;
      best = spot;
      bestM = awayM;
    }
  return best;
}

function findSpot(house: House, exhibitId: string): Pose {
  const found = house.exhibits[exhibitId];
  if (!found) throw new Error(`viewingSpot: no exhibit "${exhibitId}" in the house`);
  const best = overAnotherRoof(house, found.roomId, found.exhibit)
    ? spotOverRoofs(house, exhibitId)
    : (bestSpot(house, exhibitId, FARTHER_OFFSETS_M) ?? bestSpot(house, exhibitId, CLOSER_OFFSETS_M))?.spot;
  // No spot on any side: the room's entrance, turned to the object.
  return poseAt(best ?? house.entrances[found.roomId], found.exhibit);
}

const spotsByHouse = new WeakMap<House, Map<string, Pose>>();

/** Where a guided tour stands the visitor to look at `exhibitId`, and which way they look. */
export function viewingSpot(house: House, exhibitId: string): Pose {
  let spots = spotsByHouse.get(house);
  if (!spots) spotsByHouse.set(house, (spots = new Map()));
  let pose = spots.get(exhibitId);
  if (!pose) spots.set(exhibitId, (pose = findSpot(house, exhibitId)));
  return { ...pose };
}

/** Whether a visitor at `p` sees the exhibit: nothing across the line of sight to its hotspot and, unless it is up
 *  on another room's roof, a clear line on foot to the floor just in front of one of its sides. */
export function seesExhibit(house: House, p: Point, exhibitId: string): boolean {
  const { roomId, exhibit } = house.exhibits[exhibitId];
  if (!sightClear(house, p, exhibitId)) return false;
  if (overAnotherRoof(house, roomId, exhibit)) return true;
  return sidesOf(house, roomId, exhibit).some((side) => clearLine(house, p, side.front));
}
