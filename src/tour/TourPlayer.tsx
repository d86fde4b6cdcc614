// The guided tour's subtitle panel: which tour and stop, the stop's narration as a subtitle (always, spoken or
// not), the exhibits it mentions, its sources, and the controls. New stops are announced politely.
import { useEffect, useRef } from 'react';
import { useTour } from '../state/tourStore';
import { awayFromStop, currentTour } from '../state/slices/guidedTour';
import { pick, useTranslation } from '../i18n';
import { SourceList } from '../overlay/SourceList';
import { TourControls } from './TourControls';
import { TourMentions } from './TourMentions';
import { TourStops } from './TourStops';
import { sentencesOf } from '../../rooms/tours/sentences';

/** `speaking`: the sentence of the narration the voice is saying, if any. */
export function TourPlayer({ speaking = null }: { speaking?: number | null }) {
  const { t } = useTranslation();
  const tour = useTour(currentTour);
  const guided = useTour((s) => s.guided);
  const lang = useTour((s) => s.lang);
  const away = useTour(awayFromStop);
  const speechUnavailable = useTour((s) => s.speechUnavailable);
  const title = useRef<HTMLHeadingElement>(null);
  const tourId = guided?.tourId;

  // A visitor who started the tour from the guide is taken to the player, where its controls are.
  useEffect(() => {
    if (!tourId) return;
    const from = document.activeElement;
    if (!from || from === document.body || from.closest('.tour-list')) title.current?.focus();
  }, [tourId]);

  if (!tour || !guided) return null;
  const stop = tour.stops[guided.stop];
  const position = t('tourStopOf', { n: guided.stop + 1, count: tour.stops.length });
  return (
    <section className="tour-player" aria-labelledby="tour-stop-title" lang={lang}>
      <header>
        <p className="tour-kicker">
          {t('tourPlayer', { tour: pick(tour.title, lang) })} · <span className="tour-position">{position}</span>
        </p>
        <h2 id="tour-stop-title" tabIndex={-1}>
          {pick(stop.title, lang)}
        </h2>
      </header>
      <p className="tour-subtitle">
        {sentencesOf(pick(stop.narration, lang)).map((sentence, i) => (
          <span key={i} className={i === speaking ? 'tour-sentence speaking' : 'tour-sentence'}>
            {i > 0 ? ' ' : ''}
            {sentence}
          </span>
        ))}
      </p>
      {guided.finished && <p className="tour-status">{t('tourFinished')}</p>}
      {away && !guided.finished && <p className="tour-status">{t('tourAway')}</p>}
      {speechUnavailable === lang && !guided.finished && <p className="tour-status muted">{t('tourNoVoice')}</p>}
      <TourControls tour={tour} guided={guided} away={away} />
      <p className="tour-keys muted">{t('tourKeys')}</p>
      <div className="tour-extras">
        <details className="tour-more">
          <summary>{t('tourSources')}</summary>
          <TourMentions ids={stop.mentions} />
          <SourceList files={stop.sources} />
        </details>
        <details className="tour-more">
          <summary>{t('tourAllStops')}</summary>
          <TourStops tour={tour} current={guided.stop} />
        </details>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {t('tourAnnounceStop', { n: guided.stop + 1, count: tour.stops.length, title: pick(stop.title, lang) })}
      </p>
    </section>
  );
}
