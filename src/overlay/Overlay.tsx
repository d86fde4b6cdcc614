// Everything outside the 3D view: real DOM, reachable by keyboard and screen reader.
import { RoomsNav } from './RoomsNav';
import { DoorwayList } from './DoorwayList';
import { Minimap } from './Minimap';
import { NoticeBanner } from './NoticeBanner';
import { RoomPanel } from './RoomPanel';

export function Overlay() {
  return (
    <aside className="overlay" aria-label="Tour guide">
      <header className="site-header">
        <h1>
          Casa Trotsky <span>a virtual tour of the house in Coyoacán</span>
        </h1>
      </header>
      <NoticeBanner />
      <RoomPanel />
      <DoorwayList />
      <Minimap />
      <RoomsNav />
    </aside>
  );
}
