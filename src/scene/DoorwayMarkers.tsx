// The signs over the current room's doorways, one per way out.
import { useTour } from '../state/tourStore';
import { DoorwayMarker } from './DoorwayMarker';
import { doorwaySigns } from './doorwaySigns';
import { pick } from '../i18n';

export function DoorwayMarkers() {
  const roomId = useTour((s) => s.roomId);
  const house = useTour((s) => s.house);
  const goToRoom = useTour((s) => s.goToRoom);
  const lang = useTour((s) => s.lang);
  return (
    <group name="doorway-markers">
      {doorwaySigns(house, roomId).map((s) => (
        <DoorwayMarker key={s.to} to={s.to} label={pick(house.rooms[s.to].name, lang)} position={s.position} yawRad={s.yawRad} onGo={goToRoom} />
      ))}
    </group>
  );
}
