// The current room: its name, its introduction, how much of its layout is documented, and that the furnishing
// added beyond the documented objects is ours (one line, the same in every room: no data in the first bundle).
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import { useGuideRoomId } from './useGuideRoomId';
import { EraChanges } from './EraChanges';

export function RoomPanel() {
  const { t } = useTranslation();
  const roomId = useGuideRoomId();
  const room = useTour((s) => s.house.rooms[roomId]);
  const lang = useTour((s) => s.lang);
  return (
    <section className="room-panel" aria-labelledby="room-name">
      <p className="room-kicker">{t('youAreIn')}</p>
      <h2 id="room-name" aria-live="polite">
        {pick(room.name, lang)}
      </h2>
      <p className="room-intro">{pick(room.intro, lang)}</p>
      <p className="room-layout-note">
        <span className="evidence-tag">{t('schematic')}</span> {pick(room.layoutEvidence.note, lang)}
      </p>
      <p className="room-layout-note">
        <span className="evidence-tag">{t('eraInferred')}</span> {t('furnishingNote')}
      </p>
      <EraChanges roomId={roomId} />
    </section>
  );
}
