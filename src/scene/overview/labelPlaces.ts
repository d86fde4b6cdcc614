// Where each room's name stands on the model: over the middle of an indoor room's floor; for the garden, which
// surrounds the buildings, where a visitor enters it.
import type { House } from '../../../rooms/validate';
import type { RoomId } from '../../../rooms/schema';
import { centre } from '../../plan/geometry';

export interface LabelPlace {
  xM: number;
  yM: number;
  zM: number;
}

/** Just over the floor: the label is drawn over the walls, so only where it is seen from matters. */
const LABEL_LIFT_M = 0.1;

export function labelPlaces(house: House): Map<RoomId, LabelPlace> {
  return new Map(
    house.order.map((id) => {
      const room = house.rooms[id];
      const at = room.kind === 'outdoor' ? house.entrances[id] : centre(room.footprint);
      return [id, { xM: at.xM, yM: LABEL_LIFT_M, zM: at.zM }];
    }),
  );
}
