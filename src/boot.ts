// Paint first, then fetch the app. The built page already holds the guide (prerendered, see src/prerender.tsx);
// the app's scripts are fetched once that first paint is on screen, so until then the page's HTML, styles and
// fonts have the connection and the main thread to themselves. A page with nothing to paint yet (the dev server),
// a hidden tab (it never paints) or a browser that cannot say when it painted starts the app at once.

// The styles belong to the first paint: linked from the page itself, not fetched with the app.
import './styles.css';
import { hasWebGL2 } from './webgl';
import { warmUpGpu } from './gpuWarmup';
import { buildShippedHouseMeshes } from './scene/prepare/earlyHouseMeshes';
import { firstScreenIsElsewhere } from './firstScreen';

/** A first paint that never reports must not keep the tour from starting. */
const PAINT_WAIT_LIMIT_MS = 1500;

const startApp = () => void import('./main');

function afterFirstPaint(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    clearTimeout(limit);
    start();
  };
  const observer = new PerformanceObserver(once);
  observer.observe({ type: 'paint', buffered: true });
  const limit = setTimeout(once, PAINT_WAIT_LIMIT_MS);
}

// The GPU's start-up and the house's meshes are made in workers, off the page, so they can begin at once,
// alongside the first paint.
if (hasWebGL2()) {
  void warmUpGpu();
  void buildShippedHouseMeshes();
}

const prerendered = Boolean(document.getElementById('root')?.firstElementChild);
// A first screen of another room or language is hidden (only the loading screen paints): no reason to wait for it.
const elsewhere = firstScreenIsElsewhere();
const canTell = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint');
if (prerendered && !elsewhere && canTell && document.visibilityState !== 'hidden') afterFirstPaint(startApp);
else startApp();
