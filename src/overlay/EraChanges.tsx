// What changed here: the current room's differences in the era shown, each with its evidence.
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import { eras } from '../content/eras';

const NONE: readonly never[] = [];

export function EraChanges({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const lang = useTour((s) => s.lang);
  const era = useTour((s) => s.era);
  const changes = useTour((s) => (s.era === s.defaultEra ? NONE : (s.erasKit?.changes[s.era]?.[roomId] ?? NONE)));
  if (changes.length === 0) return null;
  const name = eras.find((e) => e.id === era)!;
  return (
    // Not a landmark: the guide and the text tour show it at once, and two regions of one name would be ambiguous.
    <div className="era-changes">
      <h3>{t('eraChangedHere', { era: pick(name.label, lang) })}</h3>
      <ul>
        {changes.map((c, i) => (
          <li key={i}>
            {pick(c.note, lang)} <span className="evidence-tag">{t(c.evidence.status === 'documented' ? 'documented' : 'eraInferred')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
