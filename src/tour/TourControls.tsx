// The guided tour's buttons: previous, play or pause, next, the narration's voice on or off, and leave; "return to
// the stop" once the visitor has walked away, "start again" at the end.
import type { Tour } from '../../rooms/tourSchema';
import type { GuidedTour } from '../state/tourStore';
import { tourStore, useTour } from '../state/tourStore';
import { useTranslation } from '../i18n';

interface TourControlsProps {
  tour: Tour;
  guided: GuidedTour;
  away: boolean;
}

export function TourControls({ tour, guided, away }: TourControlsProps) {
  const { t } = useTranslation();
  const muted = useTour((s) => s.narrationMuted);
  // Actions never change: read once, not subscribed to (the store changes with every step of a glide).
  const { previousStop, nextStop, playTour, pauseTour, resumeStop, leaveTour, setNarrationMuted } = tourStore.getState();
  const last = guided.stop >= tour.stops.length - 1;
  const playLabel = guided.finished ? t('tourRestart') : guided.playing ? t('tourPause') : t('tourPlay');
  return (
    <div className="tour-controls" role="group" aria-label={t('tourControls')}>
      <button type="button" onClick={previousStop} disabled={guided.stop === 0} aria-keyshortcuts="P">
        <span aria-hidden="true">‹ </span>
        <span className="tour-label-narrow-hidden">{t('tourPrevious')}</span>
      </button>
      {away && !guided.finished ? (
        <button type="button" className="solid-button" onClick={resumeStop} aria-keyshortcuts="R">
          {t('tourResume')}
        </button>
      ) : (
        <button type="button" className="solid-button tour-play" onClick={guided.playing ? pauseTour : playTour} aria-keyshortcuts="Space">
          {!guided.playing && <span aria-hidden="true">▶ </span>}
          {playLabel}
        </button>
      )}
      <button type="button" onClick={nextStop} disabled={last} aria-keyshortcuts="N">
        <span className="tour-label-narrow-hidden">{t('tourNext')}</span>
        <span aria-hidden="true"> ›</span>
      </button>
      <button type="button" aria-pressed={muted} onClick={() => setNarrationMuted(!muted)} aria-keyshortcuts="M">
        {t('tourMute')}
      </button>
      <button
        type="button"
        onClick={() => {
          leaveTour();
          // The player goes; the view, where the visitor now walks freely, takes the focus.
          document.querySelector<HTMLElement>('main')?.focus();
        }}
      >
        {t('tourLeave')}
      </button>
    </div>
  );
}
