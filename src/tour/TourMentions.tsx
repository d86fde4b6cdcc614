// The exhibits a stop's narration names, each opening its caption (the tour waits while it is read).
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';

export function TourMentions({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const house = useTour((s) => s.house);
  const lang = useTour((s) => s.lang);
  const openExhibit = useTour((s) => s.openExhibit);
  if (ids.length === 0) return null;
  return (
    <p className="tour-mentions">
      {t('tourMentions')}:{' '}
      {ids.map((id) => (
        <button key={id} type="button" className="link-button" onClick={() => openExhibit(id)}>
          {pick(house.exhibits[id].exhibit.name, lang)}
        </button>
      ))}
    </p>
  );
}
