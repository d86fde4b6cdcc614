// The current room: its name, its introduction, and how much of its layout is documented.
import { useTour } from '../state/tourStore';

export function RoomPanel() {
  const room = useTour((s) => s.house.rooms[s.roomId]);
  return (
    <section className="room-panel" aria-labelledby="room-name">
      <p className="room-kicker">You are in</p>
      <h2 id="room-name" aria-live="polite">
        {room.name.en}
      </h2>
      <p className="room-intro">{room.intro.en}</p>
      <p className="room-layout-note">
        <span className="evidence-tag">schematic</span> {room.layoutEvidence.note.en}
      </p>
    </section>
  );
}
