// A guided tour's stop-to-stop moves, as a visitor makes them: the tour opened at its address (`#/tour/<id>/1`,
// so paused and silent), then the player's "Next stop" pressed for every stop, with motion (glides, not cuts).
// Each move is timed from the click to the end of the first frame drawn after the glide ended, with the glide's
// own planned length (the store's travel.durationMs) beside it, so that a slow move can be told from a long glide.
// A move into or out of the view from above is a cut (no glide): then from the click to the first frame drawn in
// the new place.
import { installDrawCounter } from './drawCounter.mjs';
import { collectPageErrors, errorLine } from './page.mjs';
import { waitForFirstFrame } from './rooms.mjs';

const TOURS_TIMEOUT_MS = 20_000;
/** A move's glide is at most 2.2 s (plan/constants.ts GLIDE_MAX_MS); the rest is SwiftShader's slack. */
const MOVE_TIMEOUT_MS = 15_000;

/** The guided tours a build offers, in the guide's order, as its store lists them once their code has loaded. */
export async function listTours(browser, { base, viewport }) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    // `#/tour` is the guide's list of tours: opening it fetches their code, which lends the store its kit.
    await page.goto(`${base}#/tour`, { waitUntil: 'load' });
    await page.waitForFunction(() => !!window.casaTrotsky?.store?.getState().tourKit, null, { timeout: TOURS_TIMEOUT_MS, polling: 50 });
    return await page.evaluate(() => window.casaTrotsky.store.getState().tourKit.tours.map((t) => ({ id: t.id, stops: t.stops.length })));
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * Arms the page to time the next move from stop `fromStop`: the click's own timestamp, when the store changed
 * stop, when its glide started and ended (or none: a cut), and the first frame drawn after that end.
 */
function watchMove(fromStop) {
  const b = window.__bench;
  const store = window.casaTrotsky.store;
  const m = (b.move = {
    clickAt: null,
    stopAt: null,
    glideStartAt: null,
    glideMs: null,
    glideEndAt: null,
    glideFrames: 0,
    frameStartAt: null,
    frameDoneAt: null,
    drawCalls: null,
  });
  addEventListener('click', (e) => m.clickAt ?? (m.clickAt = e.timeStamp), { capture: true, once: true });
  const unsubscribe = store.subscribe((s, p) => {
    const now = performance.now();
    if (m.stopAt === null && s.guided && s.guided.stop !== fromStop) m.stopAt = now;
    if (s.travel && s.travel !== p.travel && m.glideStartAt === null) {
      m.glideStartAt = s.travel.startedAtMs;
      m.glideMs = s.travel.durationMs;
    }
    if (!s.travel && p.travel && m.glideStartAt !== null && m.glideEndAt === null) m.glideEndAt = now;
  });
  // Rolled up at the next animation frame's start, when the click's handler has long run: by then the store has
  // begun the glide or made the cut.
  b.onFrame = (f) => {
    if (m.stopAt === null) return;
    const endedAt = m.glideStartAt === null ? m.stopAt : m.glideEndAt;
    if (endedAt === null) return void m.glideFrames++;
    if (f.startAt < endedAt) return;
    Object.assign(m, { frameStartAt: f.startAt, frameDoneAt: f.doneAt, drawCalls: f.drawCalls });
    b.onFrame = null;
    unsubscribe();
  };
}

/** Presses "Next stop" once and times the move. */
async function timeNextStop(page) {
  const before = await page.evaluate(() => {
    const s = window.casaTrotsky.store.getState();
    return { stop: s.guided.stop, room: s.roomId };
  });
  // Nothing queued on the GPU, so the move is not charged for the tail of earlier work.
  await page.evaluate(() => window.__bench.gpuIdle());
  await page.evaluate(watchMove, before.stop);
  await page.locator('.tour-player').getByRole('button', { name: 'Next stop' }).click();
  await page.waitForFunction(() => window.__bench.move.frameDoneAt !== null, null, { timeout: MOVE_TIMEOUT_MS, polling: 20 });
  const m = await page.evaluate(() => window.__bench.move);
  const after = await page.evaluate(() => {
    const s = window.casaTrotsky.store.getState();
    return { stop: s.guided?.stop ?? null, room: s.roomId, overview: s.overview };
  });
  if (after.stop !== before.stop + 1) throw new Error(`"Next stop" from stop ${before.stop + 1} went to ${after.stop === null ? 'no stop' : after.stop + 1}`);
  const endedAt = m.glideEndAt ?? m.stopAt;
  const gpuAfterMs = Math.round(await page.evaluate(() => window.__bench.gpuIdle()));
  return {
    stop: after.stop + 1,
    from: before.room,
    to: after.overview ? 'overview' : after.room,
    kind: m.glideStartAt === null ? 'cut' : 'glide',
    // The click to the end of the first frame drawn after the glide ended: the figure.
    moveMs: Math.round(m.frameDoneAt - m.clickAt),
    // The glide's planned length (0 for a cut), and how long it took the store to end it (its timer can be late).
    glideMs: m.glideMs === null ? 0 : Math.round(m.glideMs),
    glideEndedAfterMs: m.glideEndAt === null ? null : Math.round(m.glideEndAt - m.glideStartAt),
    // The click to the store's new stop (the app's own work before anything moves).
    startMs: Math.round(m.stopAt - m.clickAt),
    // The glide's end (or the cut) to the end of the first frame drawn after it.
    afterGlideMs: Math.round(m.frameDoneAt - endedAt),
    glideFrames: m.glideFrames,
    glideFps: m.glideMs ? Math.round((m.glideFrames / (m.glideMs / 1000)) * 10) / 10 : null,
    drawCalls: m.drawCalls,
    gpuAfterMs,
  };
}

/** One tour, in a fresh page: every stop after the first, reached by "Next stop". */
export async function benchTourMoves(browser, { base, viewport, tour }) {
  const context = await browser.newContext({ viewport, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  const consoleErrors = collectPageErrors(page);
  await page.addInitScript(installDrawCounter);
  const moves = [];
  try {
    await page.goto(`${base}#/tour/${tour.id}/1`, { waitUntil: 'load' });
    await waitForFirstFrame(page);
    await page.locator('.tour-player').waitFor({ timeout: TOURS_TIMEOUT_MS });
    await page.waitForFunction(
      (id) => {
        const s = window.casaTrotsky.store.getState();
        return s.guided?.tourId === id && !s.travel;
      },
      tour.id,
      { timeout: TOURS_TIMEOUT_MS, polling: 50 },
    );
    for (let stop = 1; stop < tour.stops; stop++) moves.push(await timeNextStop(page));
    return { tour: tour.id, ok: true, stops: tour.stops, moves, consoleErrors };
  } catch (err) {
    return { tour: tour.id, ok: false, error: errorLine(err), stops: tour.stops, moves, consoleErrors };
  } finally {
    await context.close().catch(() => {});
  }
}
