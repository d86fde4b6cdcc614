// The exhibits a stop's narration names, each opening its caption (the tour waits while it is read).
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';

export function TourMentions({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const house = useTour((s) => s.house);
  const lang = useTour((s) => s.lang);
  const openExhibit = useTour((s) => s.openExhibit);
  // The era shown may lack an object the narration names.
  const present = ids.filter((id) => house.exhibits[id]);
  if (present.length === 0) return null;
  return (
    <p className="tour-mentions">
      {t('tourMentions')}:{' '}
      {present.map((id) => (
        <button key={id} type="button" className="link-button" onClick={() => openExhibit(id)}>
          {pick(house.exhibits[id].exhibit.name, lang)}
        </button>
      ))}
    </p>
  );
}
