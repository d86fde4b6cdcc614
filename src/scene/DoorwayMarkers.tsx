// The signs over the current room's doorways, one per way out.
import { useTour } from '../state/tourStore';
import { DoorwayMarker } from './DoorwayMarker';
import { doorwaySigns } from './doorwaySigns';

export function DoorwayMarkers() {
  const roomId = useTour((s) => s.roomId);
  const house = useTour((s) => s.house);
  const goToRoom = useTour((s) => s.goToRoom);
  return (
    <group name="doorway-markers">
      {doorwaySigns(house, roomId).map((s) => (
        <DoorwayMarker key={s.to} to={s.to} label={house.rooms[s.to].name.en} position={s.position} yawRad={s.yawRad} onGo={goToRoom} />
      ))}
    </group>
  );
}
