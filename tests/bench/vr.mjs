// What asking for VR adds to the download: the XR code and the emulator's files, fetched only on demand. Run in a
// browser of its own with Chromium's WebXR switched off, so the XR library's headset emulator stands in (as in the
// browser tests).
import { chromium } from 'playwright-core';
import { installDrawCounter } from './drawCounter.mjs';
import { waitForFirstFrame } from './rooms.mjs';

const VR_TIMEOUT_MS = 30_000;
const SETTLE_MS = 1000;
const SETTLE_XR_FRAMES = 3;
const MEASURED_XR_FRAMES = 4;
const NIGHT_ERA = '1940-05-24';

/** Draw calls and triangles per headset frame (both eyes) in each room, read from the tour's canvas only. */
async function presentingFigures(page, rooms) {
  const figures = [];
  for (const room of rooms) {
    const f = await page.evaluate(
      async ({ room, settle, measured }) => {
        const { store, xrStore } = window.casaTrotsky;
        const { session } = xrStore.getState();
        const frames = async (n) => {
          for (let i = 0; i < n; i++) await new Promise((r) => session.requestAnimationFrame(r));
        };
        store.getState().goToRoom(room);
        await frames(settle);
        // The emulator moves the canvas out of the page while presenting: it was noted before entering.
        const canvas = window.__tourCanvas;
        const a = window.__bench.totalsFor(canvas);
        const t0 = performance.now();
        await frames(measured);
        const b = window.__bench.totalsFor(canvas);
        return {
          room,
          current: store.getState().roomId,
          drawCalls: Math.round((b.drawCalls - a.drawCalls) / measured),
          triangles: Math.round((b.triangles - a.triangles) / measured),
          fps: Math.round((measured / ((performance.now() - t0) / 1000)) * 10) / 10,
        };
      },
      { room, settle: SETTLE_XR_FRAMES, measured: MEASURED_XR_FRAMES },
    );
    figures.push(f);
  }
  return figures;
}

export async function vrRequests({ base, viewport, launch, rooms = [] }) {
  const browser = await chromium.launch({ ...launch, args: [...launch.args, '--disable-features=WebXR'] });
  const before = new Set();
  const after = new Set();
  let entered = false;
  let presenting = [];
  try {
    const page = await (await browser.newContext({ viewport })).newPage();
    let asked = false;
    page.on('request', (req) => (asked ? after : before).add(req.url()));
    await page.addInitScript(installDrawCounter);
    await page.goto(`${base}#/study`, { waitUntil: 'load' });
    await waitForFirstFrame(page);
    asked = true;
    await page.evaluate(() => (window.__tourCanvas = document.querySelector('main canvas')));
    await page.getByRole('button', { name: 'Enter VR' }).click();
    await page.waitForFunction(() => ['presenting', 'ready'].includes(window.casaTrotsky.store.getState().vr), null, {
      timeout: VR_TIMEOUT_MS,
    });
    entered = (await page.evaluate(() => window.casaTrotsky.store.getState().vr)) === 'presenting';
    await page.waitForTimeout(SETTLE_MS);
    if (entered) {
      presenting = await presentingFigures(page, rooms);
      // The night of the raid too, the era with the most to draw (its figures, lines of fire and lamp).
      await page.evaluate((era) => window.casaTrotsky.store.getState().requestEra(era), NIGHT_ERA);
      await page.waitForFunction((era) => window.casaTrotsky.store.getState().era === era, NIGHT_ERA, { timeout: VR_TIMEOUT_MS });
      await page.waitForTimeout(SETTLE_MS);
      for (const f of await presentingFigures(page, rooms)) presenting.push({ ...f, room: `${f.room}, ${NIGHT_ERA}` });
    }
  } finally {
    await browser.close().catch(() => {});
  }
  return { entered, presenting, urls: [...after].filter((u) => !before.has(u)) };
}
