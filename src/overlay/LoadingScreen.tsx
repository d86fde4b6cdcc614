// Covers the view until the first frame of the house is drawn, with progress for what is still loading.
import { useTour } from '../state/tourStore';
import { useTranslation } from '../i18n';

/** The bar never looks empty: preparing the house starts at once. */
const MIN_SHOWN_PERCENT = 8;

export function LoadingScreen() {
  const { t } = useTranslation();
  const ready = useTour((s) => s.sceneReady);
  const progress = useTour((s) => s.loadProgress);
  if (ready) return null;
  return (
    <div className="loading" role="progressbar" aria-label={t('loadingAria')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress)}>
      <p className="loading-title">{t('siteTitle')}</p>
      <p>{t('loading')}</p>
      <div className="loading-bar">
        <div style={{ width: `${Math.max(MIN_SHOWN_PERCENT, progress)}%` }} />
      </div>
    </div>
  );
}
