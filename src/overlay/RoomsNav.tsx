// Every room of the house as a link to its address; the current one is marked for assistive technology too.
import { formatHash } from '../routing/hash';
import { useTour } from '../state/tourStore';

export function RoomsNav() {
  const house = useTour((s) => s.house);
  const roomId = useTour((s) => s.roomId);
  return (
    <nav aria-label="Rooms" className="rooms-nav">
      <h2 className="panel-heading">Rooms</h2>
      <ul>
        {house.order.map((id) => (
          <li key={id}>
            <a href={formatHash(id)} aria-current={id === roomId ? 'page' : undefined}>
              {house.rooms[id].name.en}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
