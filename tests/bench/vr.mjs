// What asking for VR adds to the download: the XR code and the emulator's files, fetched only on demand. Run in a
// browser of its own with Chromium's WebXR switched off, so the XR library's headset emulator stands in (as in the
// browser tests).
import { chromium } from 'playwright-core';
import { installDrawCounter } from './drawCounter.mjs';
import { waitForFirstFrame } from './rooms.mjs';

const VR_TIMEOUT_MS = 30_000;
const SETTLE_MS = 1000;

export async function vrRequests({ base, viewport, launch }) {
  const browser = await chromium.launch({ ...launch, args: [...launch.args, '--disable-features=WebXR'] });
  const before = new Set();
  const after = new Set();
  let entered = false;
  try {
    const page = await (await browser.newContext({ viewport })).newPage();
    let asked = false;
    page.on('request', (req) => (asked ? after : before).add(req.url()));
    await page.addInitScript(installDrawCounter);
    await page.goto(`${base}#/study`, { waitUntil: 'load' });
    await waitForFirstFrame(page);
    asked = true;
    await page.getByRole('button', { name: 'Enter VR' }).click();
    await page.waitForFunction(() => ['presenting', 'ready'].includes(window.casaTrotsky.store.getState().vr), null, {
      timeout: VR_TIMEOUT_MS,
    });
    entered = (await page.evaluate(() => window.casaTrotsky.store.getState().vr)) === 'presenting';
    await page.waitForTimeout(SETTLE_MS);
  } finally {
    await browser.close().catch(() => {});
  }
  return { entered, urls: [...after].filter((u) => !before.has(u)) };
}
