// A button for each way out of a room, with a tag where the doorway is our inference: shared by the guide's
// Doorways list and the text tour.
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import type { RoomId } from '../../rooms/schema';

export function DoorwayButtons({ roomId, labelledBy }: { roomId: RoomId; labelledBy?: string }) {
  const { t } = useTranslation();
  const house = useTour((s) => s.house);
  const lang = useTour((s) => s.lang);
  const goToRoom = useTour((s) => s.goToRoom);
  return (
    <ul className="doorway-buttons" aria-labelledby={labelledBy}>
      {house.exits[roomId].map(({ to, doorway }) => (
        <li key={to}>
          <button type="button" className="solid-button" onClick={() => goToRoom(to)}>
            {t('goTo', { room: pick(house.rooms[to].name, lang) })}
          </button>
          {doorway.geometry.evidence.status === 'inferred' && (
            <span className="evidence-tag" title={pick(doorway.geometry.evidence.note, lang)}>
              {t('schematic')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
