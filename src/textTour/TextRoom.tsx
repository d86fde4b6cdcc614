// The current room in words: its name and introduction, how much of its layout is documented, every object in
// it, and the ways out.
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import { TextExhibit } from './TextExhibit';
import { DoorwayButtons } from '../overlay/DoorwayButtons';
import { EraChanges } from '../overlay/EraChanges';

export function TextRoom() {
  const { t } = useTranslation();
  const house = useTour((s) => s.house);
  const roomId = useTour((s) => s.roomId);
  const lang = useTour((s) => s.lang);
  const room = house.rooms[roomId];
  return (
    <article className="text-room" aria-labelledby="text-room-name">
      <header>
        <p className="room-kicker">{t('youAreIn')}</p>
        <h2 id="text-room-name">{pick(room.name, lang)}</h2>
        <p className="text-room-intro">{pick(room.intro, lang)}</p>
        <p className="room-layout-note">
          <span className="evidence-tag">{t('schematic')}</span> {pick(room.layoutEvidence.note, lang)}
        </p>
        <p className="room-layout-note">
          <span className="evidence-tag">{t('eraInferred')}</span> {t('furnishingNote')}
        </p>
        <EraChanges roomId={roomId} />
      </header>

      {room.exhibits.length > 0 && (
        <section className="text-room-objects">
          <h3>{t('objectsInRoom')}</h3>
          {room.exhibits.map((x) => (
            <TextExhibit key={x.id} exhibit={x} />
          ))}
        </section>
      )}

      <section className="text-room-doorways">
        <h3>{t('doorways')}</h3>
        <DoorwayButtons roomId={roomId} />
      </section>
    </article>
  );
}
