// The objects of the current room as buttons: each opens its caption, and focusing one lights up its hotspot.
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import { useGuideRoomId } from './useGuideRoomId';

export function ExhibitList() {
  const { t } = useTranslation();
  const roomId = useGuideRoomId();
  const exhibits = useTour((s) => s.house.rooms[roomId].exhibits);
  const lang = useTour((s) => s.lang);
  const open = useTour((s) => s.openExhibit);
  const highlight = useTour((s) => s.highlightExhibit);
  if (exhibits.length === 0) return null;
  return (
    <section aria-labelledby="objects-heading" className="objects">
      <h2 id="objects-heading" className="panel-heading">
        {t('objectsInRoom')}
      </h2>
      <ul aria-labelledby="objects-heading">
        {exhibits.map((x) => (
          <li key={x.id}>
            <button
              type="button"
              data-exhibit={x.id}
              onClick={() => open(x.id)}
              onFocus={() => highlight(x.id)}
              onBlur={() => highlight(null)}
              onMouseEnter={() => highlight(x.id)}
              onMouseLeave={() => highlight(null)}
            >
              {pick(x.name, lang)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
