// The view from above (`#/overview`, the whole compound in view): draw calls and triangles of one frame, once the
// page has stopped drawing (a flight up, if the view plays one, has landed).
import { installDrawCounter } from './drawCounter.mjs';
import { collectPageErrors, errorLine } from './page.mjs';
import { waitForFirstFrame } from './rooms.mjs';

/** No frame drawn for this long: the view has settled. */
const QUIET_MS = 500;
const QUIET_TIMEOUT_MS = 10_000;
const FRAME_TIMEOUT_MS = 3_000;

/** Waits until no frame has been drawn for QUIET_MS (at most QUIET_TIMEOUT_MS); returns whether it got quiet. */
const waitForQuiet = (page) =>
  page.evaluate(
    ([quietMs, timeoutMs]) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        let frames = window.__bench.framesWithDraws;
        let since = t0;
        const poll = () => {
          const now = performance.now();
          if (window.__bench.framesWithDraws !== frames) (frames = window.__bench.framesWithDraws), (since = now);
          if (now - since >= quietMs) return resolve(true);
          if (now - t0 >= timeoutMs) return resolve(false);
          setTimeout(poll, 50);
        };
        poll();
      }),
    [QUIET_MS, QUIET_TIMEOUT_MS],
  );

const nextFrame = (page, framesBefore, timeout) =>
  page
    .waitForFunction((n) => window.__bench.framesWithDraws > n, framesBefore, { timeout, polling: 20 })
    .then(() => true, () => false);

/**
 * Has one more frame of the view drawn and returns how it was asked for. Through the store first (a look that
 * turns by nothing, as the rooms' figures do); a view from above may not follow the visitor's eyes, so failing
 * that, a canvas one pixel wider and back, which makes the renderer draw again.
 */
async function askForFrame(page, viewport) {
  const before = await page.evaluate(() => {
    window.casaTrotsky.store.getState().look(0, 0);
    return window.__bench.framesWithDraws;
  });
  if (await nextFrame(page, before, FRAME_TIMEOUT_MS)) return 'look';
  for (const width of [viewport.width + 1, viewport.width]) {
    const n = await page.evaluate(() => window.__bench.framesWithDraws);
    await page.setViewportSize({ width, height: viewport.height });
    if (!(await nextFrame(page, n, FRAME_TIMEOUT_MS))) throw new Error('the overview drew no frame when asked (look, resize)');
  }
  return 'resize';
}

export async function benchOverview(browser, { base, viewport }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const consoleErrors = collectPageErrors(page);
  await page.addInitScript(installDrawCounter);
  try {
    await page.goto(`${base}#/overview`, { waitUntil: 'load' });
    await waitForFirstFrame(page);
    const settled = await waitForQuiet(page);
    // Twice, as for the rooms: the start-up's one frame of the whole house can land just after the first ask.
    let askedBy = null;
    for (let i = 0; i < 2; i++) askedBy = await askForFrame(page, viewport);
    const frame = await page.evaluate(() => ({
      overview: window.casaTrotsky.store.getState().overview,
      frame: window.__bench.lastFrame,
    }));
    if (!frame.overview) throw new Error('the store is not in the overview after opening #/overview');
    return { ok: true, drawCalls: frame.frame.drawCalls, triangles: frame.frame.triangles, settled, askedBy, consoleErrors };
  } catch (err) {
    return { ok: false, error: errorLine(err), consoleErrors };
  } finally {
    await context.close().catch(() => {});
  }
}
