// The guide's list of guided tours. Opening it fetches the tours' code (their data comes with it); each tour shows
// its title, summary and length, and starts from its button.
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';
import { loadGuidedTours } from '../tour/loadGuidedTours';

const prefetch = () => void loadGuidedTours();

export function ToursSection() {
  const { t } = useTranslation();
  const wanted = useTour((s) => s.toursWanted);
  const tours = useTour((s) => s.tourKit?.tours ?? null);
  const lang = useTour((s) => s.lang);
  const wantTours = useTour((s) => s.wantTours);
  const startTour = useTour((s) => s.startTour);
  return (
    <details className="tours" open={wanted || undefined} onToggle={(e) => e.currentTarget.open && wantTours()}>
      <summary className="panel-heading" onPointerEnter={prefetch} onFocus={prefetch}>
        {t('guidedTours')}
      </summary>
      {tours ? (
        <ul className="tour-list">
          {tours.map((tour) => (
            <li key={tour.id}>
              <h3>{pick(tour.title, lang)}</h3>
              <p>{pick(tour.summary, lang)}</p>
              <p className="muted">
                {t('tourMinutes', { count: tour.minutes })} · {t('tourStops', { count: tour.stops.length })}
              </p>
              <button type="button" className="solid-button" onClick={() => startTour(tour.id)}>
                {t('startTour')}
                <span className="visually-hidden">: {pick(tour.title, lang)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        wanted && <p className="muted">{t('tourLoading')}</p>
      )}
    </details>
  );
}
