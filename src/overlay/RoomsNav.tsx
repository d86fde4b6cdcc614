// Every room of the house as a link to its address; the current one is marked for assistive technology too.
import { formatHash } from '../routing/hash';
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import { useGuideRoomId } from './useGuideRoomId';

export function RoomsNav() {
  const { t } = useTranslation();
  const house = useTour((s) => s.house);
  const roomId = useGuideRoomId();
  const lang = useTour((s) => s.lang);
  return (
    <nav aria-labelledby="rooms-heading" className="rooms-nav">
      <h2 id="rooms-heading" className="panel-heading">
        {t('rooms')}
      </h2>
      <ul>
        {house.order.map((id) => (
          <li key={id}>
            <a href={formatHash(id)} aria-current={id === roomId ? 'page' : undefined}>
              {pick(house.rooms[id].name, lang)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
