// Where a visitor arriving by a link or URL first stands when the room names no viewpoint: just inside the first
// doorway of the room, looking at its objects, or across the room when it has none at a useful distance.
import type { HouseDoorway } from '../../rooms/validate';
import type { Room, Viewpoint } from '../../rooms/schema';
import { centre, distanceM, headingTowardsDeg } from './geometry';

/** A visitor entering by a link stands this far inside the doorway they came through. */
const ENTRANCE_DEPTH_M = 1.2;
/** Objects closer than this to the entrance give no useful direction to look in. */
const MIN_LOOK_DISTANCE_M = 1.5;

export function entranceThrough(room: Room, doorway: HouseDoorway): Viewpoint {
  const intoRoom = doorway.owner === room.id ? -1 : 1;
  const at = {
    xM: doorway.centre.xM + doorway.outward.xM * ENTRANCE_DEPTH_M * intoRoom,
    zM: doorway.centre.zM + doorway.outward.zM * ENTRANCE_DEPTH_M * intoRoom,
  };
  // Look towards the room's objects; with none (or all of them at hand), towards the farthest corner, where a
  // diagonal view shows two walls and most of the floor.
  const f = room.footprint;
  const corners = [
    { xM: f.xM + ENTRANCE_DEPTH_M, zM: f.zM + ENTRANCE_DEPTH_M },
    { xM: f.xM + f.widthM - ENTRANCE_DEPTH_M, zM: f.zM + ENTRANCE_DEPTH_M },
    { xM: f.xM + ENTRANCE_DEPTH_M, zM: f.zM + f.depthM - ENTRANCE_DEPTH_M },
    { xM: f.xM + f.widthM - ENTRANCE_DEPTH_M, zM: f.zM + f.depthM - ENTRANCE_DEPTH_M },
  ];
  const farthest = corners.reduce((best, c) => (distanceM(at, c) > distanceM(at, best) ? c : best), centre(f));
  const objects = room.exhibits.map((x) => x.model);
  const centroid = objects.length
    ? { xM: objects.reduce((a, o) => a + o.xM, 0) / objects.length, zM: objects.reduce((a, o) => a + o.zM, 0) / objects.length }
    : null;
  const target = centroid && distanceM(at, centroid) > MIN_LOOK_DISTANCE_M ? centroid : farthest;
  return { ...at, headingDeg: headingTowardsDeg(at, target) };
}
