// On entering a room, its name and introduction appear over the view until the visitor closes them.
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';

export function RoomIntroCard() {
  const { t } = useTranslation();
  const room = useTour((s) => (s.introRoom === s.roomId && !s.exhibitId ? s.house.rooms[s.roomId] : null));
  const lang = useTour((s) => s.lang);
  const dismiss = useTour((s) => s.dismissIntro);
  if (!room) return null;
  return (
    <div className="intro-card">
      <h2 id="intro-card-title">{pick(room.name, lang)}</h2>
      <p>{pick(room.intro, lang)}</p>
      <button type="button" onClick={dismiss} aria-label={t('closeIntro')}>
        ×
      </button>
    </div>
  );
}
