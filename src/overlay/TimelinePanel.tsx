// The dated events of the story, oldest first, with links to the rooms and objects where they happened, and the
// places where the sources disagree.
import { useTour } from '../state/tourStore';
import { formatHash } from '../routing/hash';
import { pick, useTranslation } from '../i18n';
import { SourceList } from './SourceList';

export function TimelinePanel() {
  const { t } = useTranslation();
  const house = useTour((s) => s.house);
  const lang = useTour((s) => s.lang);
  return (
    <details className="timeline">
      <summary className="panel-heading">{t('timeline')}</summary>
      <ol>
        {house.timeline.map((e) => (
          <li key={e.id}>
            <p className="timeline-date">{pick(e.dateLabel, lang)}</p>
            <p>{pick(e.text, lang)}</p>
            {e.disagreement && (
              <p className="disagreement">
                <strong>{t('sourcesDisagree')}:</strong> {pick(e.disagreement, lang)}
              </p>
            )}
            {(e.exhibits.length > 0 || e.rooms.length > 0) && (
              <p className="timeline-links">
                {e.rooms.map((r) => (
                  <a key={r} href={formatHash(r)}>
                    {pick(house.rooms[r].name, lang)}
                  </a>
                ))}
                {e.exhibits.map((x) => (
                  <a key={x} href={formatHash(house.exhibits[x].roomId, x)}>
                    {pick(house.exhibits[x].exhibit.name, lang)}
                  </a>
                ))}
              </p>
            )}
            <SourceList files={e.sources} />
          </li>
        ))}
      </ol>
    </details>
  );
}
