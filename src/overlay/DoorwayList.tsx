// The ways out of the current room, as buttons: the keyboard and screen-reader twin of the 3D doorway signs.
import { useTour } from '../state/tourStore';

export function DoorwayList() {
  const house = useTour((s) => s.house);
  const roomId = useTour((s) => s.roomId);
  const goToRoom = useTour((s) => s.goToRoom);
  return (
    <section aria-labelledby="doorways-heading" className="doorways">
      <h2 id="doorways-heading" className="panel-heading">
        Doorways
      </h2>
      <ul aria-labelledby="doorways-heading">
        {house.exits[roomId].map(({ to, doorway }) => (
          <li key={to}>
            <button type="button" onClick={() => goToRoom(to)}>
              Go to {house.rooms[to].name.en}
            </button>
            {doorway.geometry.evidence.status === 'inferred' && (
              <span className="evidence-tag" title={doorway.geometry.evidence.note.en}>
                schematic
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
