// Where the sign for each way out of a room hangs: over the doorway, just off the wall on the room's side,
// facing into the room. Pure data, shared by the scene and by the tests that click the signs.
import type { House } from '../../rooms/validate';
import type { RoomId } from '../../rooms/schema';
import { WALL_HALF_THICKNESS_M } from '../plan/constants';

/** Signs hang just off the wall face, this far into the room from the doorway's centre line. */
const SIGN_INSET_M = WALL_HALF_THICKNESS_M + 0.06;
/** Height of a sign's centre above the top of its doorway. */
const ABOVE_LINTEL_M = 0.3;

export interface DoorwaySign {
  to: RoomId;
  position: [number, number, number];
  /** Rotation about the vertical axis that turns the sign's face into the room. */
  yawRad: number;
}

export function doorwaySigns(house: House, roomId: RoomId): DoorwaySign[] {
  return house.exits[roomId].map(({ to, doorway }) => {
    // Into the room: against the owner's outward direction when the owner is this room.
    const sign = doorway.owner === roomId ? -1 : 1;
    const ix = doorway.outward.xM * sign;
    const iz = doorway.outward.zM * sign;
    return {
      to,
      position: [
        doorway.centre.xM + ix * SIGN_INSET_M,
        doorway.geometry.heightM + ABOVE_LINTEL_M,
        doorway.centre.zM + iz * SIGN_INSET_M,
      ],
      yawRad: Math.atan2(ix, iz),
    };
  });
}
