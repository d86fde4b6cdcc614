// The page's start, run by src/boot.ts, the one script the page names. Paint first, then fetch the app: the built
// page already holds the guide (prerendered, see src/prerender.tsx); the app's scripts are fetched once that first
// paint is on screen, so until then the page's HTML, styles and fonts have the connection and the main thread to
// themselves. Measure `paint-before-app`: when added, Lighthouse FCP 2.8 → 1.2 s, LCP 3.7 → 1.4 s; without it,
// Lighthouse median 82 vs 96 (FCP 2.5 vs 1.4 s), 7 interleaved runs each. A page with nothing to paint yet (the dev
// server), a hidden tab (it never paints) or a browser that cannot say when it painted starts the app at once.
import { hasWebGL2 } from '../webgl';
import { warmUpGpu } from './gpu/gpuWarmup';
import { buildShippedHouseMeshes } from './meshes/earlyHouseMeshes';
import { firstScreenIsElsewhere } from './firstScreen/firstScreen';

/** A first paint that never reports must not keep the tour from starting. */
const PAINT_WAIT_LIMIT_MS = 1500;

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

export function startPage(startApp: () => void): void {
  // The GPU's start-up and the house's meshes are made in workers, off the page, so they can begin at once,
  // alongside the first paint.
  if (hasWebGL2()) {
    void warmUpGpu();
    if (!__STARTUP_OFF__.earlyMeshWorker) void buildShippedHouseMeshes();
  }
  const prerendered = Boolean(document.getElementById('root')?.firstElementChild);
  // A first screen of another room or language is hidden (only the loading screen paints): no reason to wait for it.
  const elsewhere = firstScreenIsElsewhere();
  const canTell = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint');
  const waitForPaint = !__STARTUP_OFF__.paintBeforeApp && prerendered && !elsewhere && canTell && document.visibilityState !== 'hidden';
  if (waitForPaint) afterFirstPaint(startApp);
  else startApp();
}
