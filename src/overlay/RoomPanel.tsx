// The current room: its name (and in a divided room, the small room the visitor stands in), its introduction, how
// much of its layout is documented, and that the furnishing added beyond the documented objects is ours (one line,
// the same in every room: no data in the first bundle).
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import { useGuideRoomId } from './useGuideRoomId';
import { EraChanges } from './EraChanges';
import { smallRoomAt } from '../plan/partitions';

export function RoomPanel() {
  const { t } = useTranslation();
  const roomId = useGuideRoomId();
  const room = useTour((s) => s.house.rooms[roomId]);
  const lang = useTour((s) => s.lang);
  // The small room's object from the house data: the panel renders again only when the visitor changes small room.
  // An era's house may lack the room for a moment (the guards' house in May 1939) before the guide follows.
  const small = useTour((s) => s.house.rooms[roomId] && smallRoomAt(s.house.rooms[roomId], s.pose));
  return (
    <section className="room-panel" aria-labelledby="room-name">
      <p className="room-kicker">{t('youAreIn')}</p>
      <h2 id="room-name" aria-live="polite">
        {pick(room.name, lang)}
      </h2>
      <p className="small-room" aria-live="polite">
        {small && `· ${pick(small.name, lang)} (${t('layoutInferred')})`}
      </p>
      <p className="room-intro">{pick(room.intro, lang)}</p>
      <p className="room-layout-note">
        <span className="evidence-tag">{t('schematic')}</span> {pick(room.layoutEvidence.note, lang)}
        {small && ` ${pick(room.partitions!.evidence.note, lang)}`}
      </p>
      <p className="room-layout-note">
        <span className="evidence-tag">{t('eraInferred')}</span> {t('furnishingNote')}
      </p>
      <EraChanges roomId={roomId} />
    </section>
  );
}
