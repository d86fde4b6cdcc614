// The dated events of the story, oldest first, with links to the rooms and objects where they happened, and the
// places where the sources disagree. The events are fetched when the visitor first opens the timeline: the page's
// first load does without them (6 KB gzip of its JavaScript).
import { useState } from 'react';
import type { TimelineEvent } from '../../rooms/schema';
import { useTour } from '../state/tourStore';
import { formatHash } from '../routing/hash';
import { pick, useTranslation } from '../i18n';
import { SourceList } from './SourceList';

const loadTimeline = () => import('virtual:timeline');
const prefetch = () => void loadTimeline();

export function TimelinePanel() {
  const { t } = useTranslation();
  const house = useTour((s) => s.house);
  const lang = useTour((s) => s.lang);
  const [events, setEvents] = useState<TimelineEvent[] | null>(null);
  const [opened, setOpened] = useState(false);
  const open = () => {
    setOpened(true);
    if (!events) void loadTimeline().then((m) => setEvents(m.default));
  };
  return (
    <details className="timeline" onToggle={(e) => e.currentTarget.open && open()}>
      <summary className="panel-heading" onPointerEnter={prefetch} onFocus={prefetch}>
        {t('timeline')}
      </summary>
      {opened && !events && <p className="muted">{t('timelineLoading')}</p>}
      <ol>
        {(events ?? []).map((e) => (
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
                {/* An era may lack a room or an object an event names: its link is left out there. */}
                {e.rooms.filter((r) => house.rooms[r]).map((r) => (
                  <a key={r} href={formatHash(r)}>
                    {pick(house.rooms[r].name, lang)}
                  </a>
                ))}
                {e.exhibits.filter((x) => house.exhibits[x]).map((x) => (
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
