// The house in time: its eras in order, the one shown marked, chosen by mouse, touch or keyboard (native radio
// buttons: arrows move between them, and a screen reader says which is checked). The choice is announced politely.
import { eras } from '../content/eras';
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';

export function EraControl() {
  const { t } = useTranslation();
  const era = useTour((s) => s.era);
  const pending = useTour((s) => s.pendingEra);
  const lang = useTour((s) => s.lang);
  const requestEra = useTour((s) => s.requestEra);
  const shown = eras.find((e) => e.id === era)!;
  return (
    <fieldset className="era-control">
      <legend className="panel-heading">{t('eraHeading')}</legend>
      <div className="era-options">
        {eras.map((e) => (
          <label key={e.id} className={e.id === (pending ?? era) ? 'era-option chosen' : 'era-option'}>
            <input type="radio" name="era" value={e.id} checked={e.id === (pending ?? era)} onChange={() => requestEra(e.id)} />
            <span className="era-name">{pick(e.name, lang)}</span>
            <span className="era-date">{pick(e.label, lang)}</span>
          </label>
        ))}
      </div>
      <p className="era-description" aria-live="polite">
        {pending ? t('eraLoading') : `${pick(shown.name, lang)}, ${pick(shown.label, lang)}: ${pick(shown.description, lang)}`}
      </p>
    </fieldset>
  );
}
