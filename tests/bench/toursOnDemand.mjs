// What opening the guided tours fetches beyond the page's first load: the guide's "Guided tours" section opened as
// a visitor opens it, then every request made until its list of tours shows (the tours' code, their data, their
// stylesheet). sizes.mjs weighs them.
import { installDrawCounter } from './drawCounter.mjs';
import { errorLine } from './page.mjs';
import { waitForFirstFrame } from './rooms.mjs';

const LIST_TIMEOUT_MS = 20_000;
/** After the list shows, for anything it asks for in turn (a stylesheet's font, say). */
const SETTLE_MS = 500;

export async function toursOnDemandRequests(browser, { base, viewport, room = 'garden' }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const before = new Set();
  const urls = new Set();
  let opened = false;
  page.on('request', (req) => (opened ? urls : before).add(req.url()));
  await page.addInitScript(installDrawCounter);
  try {
    await page.goto(`${base}#/${room}`, { waitUntil: 'load' });
    await waitForFirstFrame(page);
    // Hovering the summary already prefetches the tours' code: counted too, it is the same download.
    opened = true;
    await page.locator('.tours summary').click();
    await page.locator('.tour-list').waitFor({ timeout: LIST_TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    return { ok: true, urls: [...urls].filter((u) => !before.has(u)) };
  } catch (err) {
    return { ok: false, error: errorLine(err), urls: [...urls].filter((u) => !before.has(u)) };
  } finally {
    await context.close().catch(() => {});
  }
}
