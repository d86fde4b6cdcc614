// Covers the view until the first frame of the house is drawn, with how far the start-up has come: the steps the
// view waits for (the meshes, the GPU, the renderer, the shader programs, the textures, the vertices, the frame),
// each counted once as it is done (src/startup/startupStore.ts).
import { useLayoutEffect, useRef } from 'react';
import { progressPercent, useStartup } from '../startup/startupStore';
import { useTranslation } from '../i18n';

/** The bar never looks empty: preparing the house starts at once. styles.css starts the bar at the same width, for
 *  the prerendered page. */
const MIN_SHOWN_PERCENT = 8;

export function LoadingScreen() {
  const { t } = useTranslation();
  const ready = useStartup((s) => s.ready);
  const progress = useStartup(progressPercent);
  const fill = useRef<HTMLDivElement>(null);
  // Set through the CSSOM, not a style attribute: the page is prerendered, and the CSP refuses style attributes in
  // markup.
  useLayoutEffect(() => {
    if (fill.current) fill.current.style.width = `${Math.max(MIN_SHOWN_PERCENT, progress)}%`;
  }, [progress, ready]);
  if (ready) return null;
  return (
    <div className="loading" role="progressbar" aria-label={t('loadingAria')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress)}>
      <p className="loading-title">{t('siteTitle')}</p>
      <p>{t('loading')}</p>
      <div className="loading-bar">
        <div ref={fill} />
      </div>
    </div>
  );
}
