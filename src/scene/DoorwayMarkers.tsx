// The signs in the current room's doorways, one per way out.
import { useTour } from '../state/tourStore';
import { DoorwayMarker } from './DoorwayMarker';
import { WALL_HALF_THICKNESS_M } from '../navigation/constants';

/** Signs hang just off the wall face, this far into the room from the doorway's centre line. */
const MARKER_INSET_M = WALL_HALF_THICKNESS_M + 0.06;
/** Height of a sign's centre above the top of its doorway. */
const ABOVE_LINTEL_M = 0.3;

export function DoorwayMarkers() {
  const roomId = useTour((s) => s.roomId);
  const house = useTour((s) => s.house);
  const goToRoom = useTour((s) => s.goToRoom);
  return (
    <group name="doorway-markers">
      {house.exits[roomId].map(({ to, doorway }) => {
        // Into the current room: against the owner's outward direction when the owner is this room.
        const sign = doorway.owner === roomId ? -1 : 1;
        const ix = doorway.outward.xM * sign;
        const iz = doorway.outward.zM * sign;
        return (
          <DoorwayMarker
            key={to}
            to={to}
            label={house.rooms[to].name.en}
            position={[
              doorway.centre.xM + ix * MARKER_INSET_M,
              doorway.geometry.heightM + ABOVE_LINTEL_M,
              doorway.centre.zM + iz * MARKER_INSET_M,
            ]}
            yawRad={Math.atan2(ix, iz)}
            onGo={goToRoom}
          />
        );
      })}
    </group>
  );
}
