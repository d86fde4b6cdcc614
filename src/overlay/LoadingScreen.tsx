// Covers the view until the first frame of the house is drawn, with how far the start-up has come: the steps the
// view waits for (the meshes, the GPU, the renderer, the shader programs, the textures, the vertices, the frame),
// each counted once as it is done (src/startup/startupStore.ts).
import { useLayoutEffect, useRef } from 'react';
import { progressPercent, startupStore, useStartup, type StartupState } from '../startup/startupStore';
import { useTranslation } from '../i18n';

/** The bar never looks empty: preparing the house starts at once. LoadingScreen.css starts the bar at the same
 *  width, for the prerendered page. */
const MIN_SHOWN_PERCENT = 8;

/**
 * The bar follows each step outside React, as a transform, without a transition. The steps are done inside the
 * start-up's own tasks: a React render there, and a bar animating between steps (a new picture every frame while
 * the GPU is busiest), took Lighthouse's median from 97.5 to 95.5 and TBT from 135 to 223 ms; updated so, 98.5 and
 * 110 ms (six interleaved runs each, against the bar that stood at 100 % before it showed real progress).
 */
function showProgress(bar: HTMLElement, fill: HTMLElement, state: StartupState): void {
  const percent = progressPercent(state);
  fill.style.transform = `scaleX(${Math.max(MIN_SHOWN_PERCENT, percent) / 100})`;
  bar.setAttribute('aria-valuenow', String(Math.round(percent)));
}

export function LoadingScreen() {
  const { t } = useTranslation();
  const ready = useStartup((s) => s.ready);
  const bar = useRef<HTMLDivElement>(null);
  const fill = useRef<HTMLDivElement>(null);
  // Set through the CSSOM, not a style attribute: the page is prerendered, and the CSP refuses style attributes in
  // markup.
  useLayoutEffect(() => {
    if (ready || !bar.current || !fill.current) return;
    const [barElement, fillElement] = [bar.current, fill.current];
    showProgress(barElement, fillElement, startupStore.getState());
    return startupStore.subscribe((state) => showProgress(barElement, fillElement, state));
  }, [ready]);
  if (ready) return null;
  return (
    <div ref={bar} className="loading" role="progressbar" aria-label={t('loadingAria')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={0}>
      <p className="loading-title">{t('siteTitle')}</p>
      <p>{t('loading')}</p>
      <div className="loading-bar">
        <div ref={fill} />
      </div>
    </div>
  );
}
