// An object's facts: when, who, which sources say so, and what else to see. Shared by the caption dialog and the
// text tour, so both tell the same.
import type { Exhibit } from '../../rooms/schema';
import { useTour } from '../state/tourStore';
import { formatHash } from '../routing/hash';
import { pick, useTranslation } from '../i18n';
import { SourceList } from './SourceList';

export function CaptionFacts({ exhibit: x }: { exhibit: Exhibit }) {
  const { t } = useTranslation();
  const house = useTour((s) => s.house);
  const lang = useTour((s) => s.lang);
  return (
    <dl className="caption-facts">
      {x.when && (
        <>
          <dt>{t('when')}</dt>
          <dd>{pick(x.when, lang)}</dd>
        </>
      )}
      {x.people.length > 0 && (
        <>
          <dt>{t('people')}</dt>
          <dd>
            <ul className="caption-people">
              {x.people.map((id) => (
                <li key={id}>
                  <strong>{house.people[id].name}</strong> — {pick(house.people[id].role, lang)}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <dt>{t('sources')}</dt>
      <dd>
        <SourceList files={x.sources} />
      </dd>
      {x.related.length > 0 && (
        <>
          <dt>{t('related')}</dt>
          <dd>
            <ul className="caption-related">
              {x.related.map((r) => {
                const other = house.exhibits[r];
                if (other)
                  return (
                    <li key={r}>
                      <a href={formatHash(other.roomId, r)}>{pick(other.exhibit.name, lang)}</a>{' '}
                      <span className="muted">{t('inRoom', { room: pick(house.rooms[other.roomId].name, lang) })}</span>
                    </li>
                  );
                const room = house.rooms[r as keyof typeof house.rooms];
                return room ? (
                  <li key={r}>
                    <a href={formatHash(room.id)}>{pick(room.name, lang)}</a>
                  </li>
                ) : null;
              })}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
