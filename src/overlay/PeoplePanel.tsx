// The people the sources name, each with the objects of the tour that tell their part of the story.
import { useMemo } from 'react';
import { useTour } from '../state/tourStore';
import { formatHash } from '../routing/hash';
import { pick, useTranslation } from '../i18n';
import type { PersonId } from '../../rooms/schema';

export function PeoplePanel() {
  const { t } = useTranslation();
  const house = useTour((s) => s.house);
  const lang = useTour((s) => s.lang);
  // Who belongs where is derived from the exhibits that name them, not written twice.
  const objectsOf = useMemo(() => {
    const map = new Map<PersonId, string[]>();
    for (const [id, { exhibit }] of Object.entries(house.exhibits))
      for (const p of exhibit.people) map.set(p, [...(map.get(p) ?? []), id]);
    return map;
  }, [house]);
  return (
    <details className="people">
      <summary className="panel-heading">{t('peopleOfTheHouse')}</summary>
      <ul>
        {Object.values(house.people).map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong> — {pick(p.role, lang)}
            <p>{pick(p.about, lang)}</p>
            {(objectsOf.get(p.id) ?? []).length > 0 && (
              <p className="timeline-links">
                {objectsOf.get(p.id)!.map((x) => (
                  <a key={x} href={formatHash(house.exhibits[x].roomId, x)}>
                    {pick(house.exhibits[x].exhibit.name, lang)}
                  </a>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
