// Where each room's name stands on the model: over the middle of an indoor room's floor; for the garden, which
// surrounds the buildings, where a visitor enters it. A name may step north or south of there by `laneM` to keep
// clear of its neighbours' (labelLayout.ts).
import type { House } from '../../../rooms/validate';
import type { RoomId } from '../../../rooms/schema';

export interface LabelPlace {
  xM: number;
  yM: number;
  zM: number;
  laneM: number;
}

/** Just over the floor: the label is drawn over the walls, so only where it is seen from matters. */
const LABEL_LIFT_M = 0.1;
/** A name that steps aside stays this far inside its room's north or south wall. */
const LANE_INSET_M = 0.5;
const MAX_LANE_M = 2.5;

export function labelPlaces(house: House): Map<RoomId, LabelPlace> {
  return new Map(
    house.order.map((id) => {
      const room = house.rooms[id];
      const f = room.footprint;
      const at = room.kind === 'outdoor' ? house.entrances[id] : { xM: f.xM + f.widthM / 2, zM: f.zM + f.depthM / 2 };
      const laneM = room.kind === 'outdoor' ? MAX_LANE_M : Math.max(0, Math.min(MAX_LANE_M, f.depthM / 2 - LANE_INSET_M));
      return [id, { xM: at.xM, yM: LABEL_LIFT_M, zM: at.zM, laneM }];
    }),
  );
}
