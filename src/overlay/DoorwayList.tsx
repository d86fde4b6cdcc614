// The ways out of the current room, as buttons: the keyboard and screen-reader twin of the 3D doorway signs.
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import { useGuideRoomId } from './useGuideRoomId';

export function DoorwayList() {
  const { t } = useTranslation();
  const house = useTour((s) => s.house);
  const roomId = useGuideRoomId();
  const lang = useTour((s) => s.lang);
  const goToRoom = useTour((s) => s.goToRoom);
  return (
    <section aria-labelledby="doorways-heading" className="doorways">
      <h2 id="doorways-heading" className="panel-heading">
        {t('doorways')}
      </h2>
      <ul aria-labelledby="doorways-heading">
        {house.exits[roomId].map(({ to, doorway }) => (
          <li key={to}>
            <button type="button" onClick={() => goToRoom(to)}>
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
    </section>
  );
}
