// One room at a time, in a fresh page: the entrance view's draw calls and triangles, the time to the first drawn
// frame, the frame rate while turning, and the time to switch to the next room through a doorway.
import { installDrawCounter } from './drawCounter.mjs';
import { collectPageErrors, errorLine } from './page.mjs';

const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS) || 500;
const READY_TIMEOUT_MS = 20_000;
const SWITCH_TIMEOUT_MS = 10_000;

/** Waits for the loading screen to go and the GPU to finish the first frame, then lets the page settle. */
export async function waitForFirstFrame(page) {
  await page.waitForFunction(
    () => window.__bench && window.__bench.firstDrawAt !== null && !document.querySelector('.loading') && !!document.querySelector('canvas'),
    null,
    { timeout: READY_TIMEOUT_MS, polling: 50 },
  );
  // Then until the GPU has finished that first frame (SwiftShader can take seconds more), and settle.
  await page
    .waitForFunction(() => window.__bench.firstFrameGpuDoneAt !== null, null, { timeout: READY_TIMEOUT_MS, polling: 50 })
    .catch(() => {});
  await page.waitForTimeout(SETTLE_MS);
}

/**
 * Presses the Doorways list's button at `index` ("Go to …", reduced motion so it cuts) and times it: from the
 * click event to the end of the first frame drawn with the store in the new room.
 */
export async function timeDoorwaySwitch(page, index = 0) {
  const buttons = page.locator('.doorways button');
  const label = (await buttons.nth(index).innerText()).trim();
  const from = await page.evaluate(() => window.casaTrotsky.store.getState().roomId);
  // The button's target, read from the store's own graph rather than from its (translated) label.
  const to = await page.evaluate(
    ([room, i]) => window.casaTrotsky.store.getState().house.exits[room][i].to,
    [from, index],
  );
  // Nothing queued on the GPU, so the switch is not charged for the tail of earlier work.
  await page.evaluate(() => window.__bench.gpuIdle());
  await page.evaluate((target) => window.__bench.watchSwitch(target), to);
  await buttons.nth(index).click();
  await page.waitForFunction(() => window.__bench.switch.frameDoneAt !== null, null, { timeout: SWITCH_TIMEOUT_MS, polling: 20 });
  const sw = await page.evaluate(() => window.__bench.switch);
  // Let the GPU finish before the next measurement; how long that takes is reported, not counted.
  const gpuAfterMs = Math.round(await page.evaluate(() => window.__bench.gpuIdle()));
  return {
    from,
    to,
    label,
    switchMs: Math.round(sw.frameDoneAt - sw.clickAt),
    // Of which: the click to the frame's first draw call (the app's work and waiting for the animation frame), and
    // the frame's draw calls themselves.
    untilFrameMs: Math.round(sw.frameStartAt - sw.clickAt),
    drawingMs: Math.round(sw.frameDoneAt - sw.frameStartAt),
    // The tick after that frame: about when the browser could show it.
    switchToNextTickMs: Math.round(sw.nextTickAt - sw.clickAt),
    drawCalls: sw.frameDrawCalls,
    gpuAfterMs,
  };
}

async function turn(page, turnMs) {
  // Turn on the spot: ArrowRight held keeps the demand frameloop drawing every animation frame.
  // Start from a GPU with nothing queued, so the turn measures turning and not the tail of the load.
  await page.locator('main.view').focus().catch(() => {});
  const gpuDrainMs = Math.round(await page.evaluate(() => window.__bench.gpuIdle()));
  const before = await page.evaluate(() => {
    window.__bench.frameTimes = [];
    return window.__bench.framesWithDraws;
  });
  await page.keyboard.down('ArrowRight');
  const t0 = Date.now();
  await page.waitForTimeout(turnMs);
  const during = await page.evaluate(() => {
    const b = window.__bench;
    const out = { frames: b.framesWithDraws, frame: b.lastFrame, times: b.frameTimes, keyDownAt: b.keyDownAt };
    b.frameTimes = null;
    return out;
  });
  const elapsed = Date.now() - t0;
  await page.keyboard.up('ArrowRight');

  const frames = during.frames - before;
  const gaps = during.times.slice(1).map((t, i) => t - during.times[i]).sort((a, b) => a - b);
  const pct = (q) => (gaps.length ? Math.round(gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))]) : null);
  return {
    gpuDrainMs,
    turnFrames: frames,
    turnMs: elapsed,
    fps: Math.round((frames / (elapsed / 1000)) * 10) / 10,
    // Key press to the first frame of the turn: shaders for things that come into view compile here.
    turnLatencyMs: during.times.length && during.keyDownAt !== null ? Math.round(during.times[0] - during.keyDownAt) : null,
    // Frame rate once the turn is under way (first turn frame to last), without that start-up cost.
    steadyFps: gaps.length ? Math.round(((during.times.length - 1) / ((during.times.at(-1) - during.times[0]) / 1000)) * 10) / 10 : null,
    medianFrameMs: pct(0.5),
    worstFrameMs: gaps.length ? Math.round(gaps[gaps.length - 1]) : null,
    turningDrawCalls: during.frame?.drawCalls ?? null,
    turningTriangles: during.frame?.triangles ?? null,
  };
}

/** Scripts (and their modulepreloads) the page had asked for by the time it drew its first frame. */
const scriptsBeforeFirstFrame = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= window.__bench.firstDrawAt && /\.m?js$/.test(new URL(e.name).pathname))
      .map((e) => e.name),
  );

/** A fresh browser context and page with the draw counter, for one room. */
async function roomPage(browser, { base, room, viewport }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(installDrawCounter);
  /** Goes to the room and waits for its first frame. */
  const show = async () => {
    await page.goto(`${base}#/${room}`, { waitUntil: 'load' });
    await waitForFirstFrame(page);
  };
  return { context, page, show };
}

/**
 * Opens the tour once, unmeasured. The first page a freshly launched browser opens also starts its GPU process:
 * its first paint took ~1.3 s here against ~0.5 s for every later page, which made whichever room came first
 * look slow. A visitor's browser is already running.
 */
export async function warmUpBrowser(browser, { base, viewport }) {
  const { context, show } = await roomPage(browser, { base, room: 'garden', viewport });
  try {
    await show();
  } finally {
    await context.close().catch(() => {});
  }
}

/** The scripts a room's first load asks for by its first frame, for the sizes when the rooms are not benched. */
export async function firstLoadScripts(browser, { base, room, viewport }) {
  const { context, page, show } = await roomPage(browser, { base, room, viewport });
  try {
    await show();
    return { room, ok: true, initialScripts: await scriptsBeforeFirstFrame(page) };
  } catch (err) {
    return { room, ok: false, error: errorLine(err) };
  } finally {
    await context.close().catch(() => {});
  }
}

export async function benchRoom(browser, { base, room, viewport, turnMs }) {
  const { context, page, show } = await roomPage(browser, { base, room, viewport });
  const consoleErrors = collectPageErrors(page);
  try {
    await show();
    // One more frame of the entrance view, asked for through the store (a look that turns by nothing), so the
    // figures come from a frame of the view and not from the app's one-off frame that draws the whole house
    // to build every shader early (src/startup/gate/WarmupFrame.tsx).
    // Twice: on a busy machine the warm-up's frame can land just after the first ask and be counted as its answer
    // (office 61 draws in one run, 34 in the next); it is drawn once only, so the second answer is the view's.
    for (let i = 0; i < 2; i++) {
      const framesBefore = await page.evaluate(() => {
        window.casaTrotsky.store.getState().look(0, 0);
        return window.__bench.framesWithDraws;
      });
      await page.waitForFunction((n) => window.__bench.framesWithDraws > n, framesBefore, { timeout: READY_TIMEOUT_MS, polling: 20 });
    }
    const still = await page.evaluate(() => ({
      first: window.__bench.firstDrawAt,
      firstGpu: window.__bench.firstFrameGpuDoneAt,
      loadingGoneAt: window.__bench.loadingGoneAt,
      frame: window.__bench.lastFrame,
      frames: window.__bench.framesWithDraws,
      title: document.title,
      canvas: (() => {
        const c = document.querySelector('canvas');
        return c ? `${c.width}x${c.height}` : null;
      })(),
    }));
    const initialScripts = await scriptsBeforeFirstFrame(page);
    const turning = await turn(page, turnMs);
    // Reduced motion makes the doorway a cut, so the switch is the app's own work, not a glide's length.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.waitForFunction(() => window.casaTrotsky.store.getState().reducedMotion);
    const switchOut = await timeDoorwaySwitch(page, 0);
    // And straight back: the same switch with the rooms' labels and shaders already made once.
    const back = await page.evaluate(
      ([here, there]) => window.casaTrotsky.store.getState().house.exits[here].findIndex((e) => e.to === there),
      [switchOut.to, room],
    );
    const switchBack = back >= 0 ? await timeDoorwaySwitch(page, back) : null;
    return {
      room,
      ok: true,
      title: still.title,
      canvas: still.canvas,
      firstFrameMs: Math.round(still.first),
      // When the GPU had actually finished drawing that frame (null if fences are unavailable).
      firstFrameGpuMs: still.firstGpu === null ? null : Math.round(still.firstGpu),
      readyMs: still.loadingGoneAt === null ? null : Math.round(still.loadingGoneAt),
      drawCalls: still.frame?.drawCalls ?? null,
      triangles: still.frame?.triangles ?? null,
      framesBeforeTurn: still.frames,
      ...turning,
      switchOut,
      switchBack,
      initialScripts,
      consoleErrors,
    };
  } catch (err) {
    return { room, ok: false, error: errorLine(err), consoleErrors };
  } finally {
    await context.close().catch(() => {});
  }
}
