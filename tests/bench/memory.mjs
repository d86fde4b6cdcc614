// Memory after one full tour and after ten, in one page: the JS heap after a forced garbage collection (through
// the DevTools protocol, so no special flag is needed), split by a heap snapshot into what the page holds (its JS
// objects, its DOM) and what V8 and the browser add on their own (compiled code, performance records; see
// heapBreakdown.mjs), and the live WebGL buffers, textures and programs. A room that leaks shows as growth between
// the two; the budget is none beyond 10 %.
import { installDrawCounter } from './drawCounter.mjs';
import { installGlResourceCounter } from './glResources.mjs';
import { fullTour } from './fullTour.mjs';
import { heapBreakdown } from './heapBreakdown.mjs';
import { collectPageErrors, errorLine } from './page.mjs';
import { waitForFirstFrame } from './rooms.mjs';

const TOURS_AFTER_FIRST = 9;
/** SwiftShader's cost is per pixel and what leaks does not depend on the canvas size: a small view keeps ten
 *  tours to a minute or so. */
const MEMORY_VIEWPORT = { width: 480, height: 320 };

async function snapshot(page, cdp) {
  await page.evaluate(() => window.__bench.gpuIdle());
  // Twice: the first collection can leave objects that only a finalizer released.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  const gl = await page.evaluate(() => window.__glResources());
  const heap = await heapBreakdown(cdp);
  return {
    heapUsedMB: Math.round((metric('JSHeapUsedSize') / 2 ** 20) * 100) / 100,
    heap,
    domNodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    gl: Object.fromEntries(Object.entries(gl).filter(([k]) => k !== 'bytes').map(([k, c]) => [k, c.live])),
    gpuMB: gl.bytes,
  };
}

const growthPct = (a, b) => (a ? Math.round(((b - a) / a) * 1000) / 10 : b ? Infinity : 0);

/** The tours' page, open in the garden with its first frame drawn; `requests` (a Set) receives every URL it fetches. */
async function tourPage(browser, { base, requests }) {
  const context = await browser.newContext({ viewport: MEMORY_VIEWPORT, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const consoleErrors = collectPageErrors(page);
  page.on('request', (req) => requests.add(req.url()));
  await page.addInitScript(installDrawCounter);
  await page.addInitScript(installGlResourceCounter);
  const open = async () => {
    await page.goto(`${base}#/garden`, { waitUntil: 'load' });
    await waitForFirstFrame(page);
  };
  return { context, page, consoleErrors, open };
}

/** One full tour, unmeasured, for the whole-tour transfer when memory is not benched: the URLs go to `requests`. */
export async function tourRequests(browser, { base, requests }) {
  const { context, page, open } = await tourPage(browser, { base, requests });
  try {
    await open();
    await fullTour(page);
    return { ok: true };
  } catch (err) {
    return { ok: false, error: errorLine(err) };
  } finally {
    await context.close().catch(() => {});
  }
}

/** Runs the tours; `requests` (a Set) receives every URL the page fetched, for the whole-tour transfer. */
export async function benchMemory(browser, { base, requests }) {
  const { context, page, consoleErrors, open } = await tourPage(browser, { base, requests });
  const t0 = Date.now();
  try {
    await open();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const atStart = await snapshot(page, cdp);
    await fullTour(page);
    const afterOne = await snapshot(page, cdp);
    for (let i = 0; i < TOURS_AFTER_FIRST; i++) await fullTour(page);
    const afterTen = await snapshot(page, cdp);
    const growth = {
      heapPct: growthPct(afterOne.heapUsedMB, afterTen.heapUsedMB),
      ...Object.fromEntries(Object.keys(afterOne.heap).map((k) => [`${k}Pct`, growthPct(afterOne.heap[k], afterTen.heap[k])])),
      ...Object.fromEntries(Object.keys(afterOne.gl).map((k) => [`${k}Pct`, growthPct(afterOne.gl[k], afterTen.gl[k])])),
      ...Object.fromEntries(Object.keys(afterOne.gpuMB).map((k) => [`${k}Pct`, growthPct(afterOne.gpuMB[k], afterTen.gpuMB[k])])),
    };
    return { ok: true, atStart, afterOne, afterTen, growth, durationMs: Date.now() - t0, consoleErrors };
  } catch (err) {
    return { ok: false, error: errorLine(err), consoleErrors };
  } finally {
    await context.close().catch(() => {});
  }
}
