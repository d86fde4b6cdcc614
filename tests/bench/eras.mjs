// Changing era, room by room, as a visitor does it: in a fresh page at the room's address, the guide's time control
// clicked for each era in turn, twice round. Each change is timed from the click to the end of the first frame
// drawn with the new house's meshes, known by their upload (vertex buffers of a house's size, which nothing
// else sends while the view stands still), with that frame's draw calls. The first change also fetches the eras'
// data; the first visit of an era builds its meshes (kept for the page's life), a later one only swaps them.
import { installDrawCounter } from './drawCounter.mjs';
import { collectPageErrors, errorLine } from './page.mjs';
import { waitForFirstFrame } from './rooms.mjs';
import { median } from './figures.mjs';

const CHANGE_TIMEOUT_MS = 20_000;
/** The house's merged meshes (one per surface) upload buffers of 10–55 KB; a hotspot's, a label's or the lines of
 *  fire's are under 2 KB. */
const HOUSE_BUFFER_BYTES = 8 * 1024;
/** The eras in the order the control lists them, read from the page; each visited this many times. */
const ROUNDS = 2;
const SETTLE_MS = 300;

/** Runs in the page before its scripts: notes when a buffer the size of a house's meshes is uploaded. */
function watchHouseUploads(minBytes) {
  const note = (size) => {
    if (size >= minBytes) window.__houseUploadAt = performance.now();
  };
  const proto = WebGL2RenderingContext.prototype;
  const bufferData = proto.bufferData;
  proto.bufferData = function (target, data, ...rest) {
    note(typeof data === 'number' ? data : (data?.byteLength ?? 0));
    return bufferData.call(this, target, data, ...rest);
  };
}

/** Arms the page to time the next click on the time control to the first frame that uploaded and drew a house. */
function watchChange() {
  const b = window.__bench;
  const m = (b.eraChange = { clickAt: null, doneAt: null, drawCalls: null, triangles: null });
  window.__houseUploadAt = null;
  addEventListener('click', (e) => m.clickAt ?? (m.clickAt = e.timeStamp), { capture: true, once: true });
  b.onFrame = (f) => {
    const up = window.__houseUploadAt;
    if (m.clickAt === null || up === null || up < m.clickAt || f.doneAt < up) return;
    Object.assign(m, { doneAt: f.doneAt, drawCalls: f.drawCalls, triangles: f.triangles });
    b.onFrame = null;
  };
}

async function timeChange(page, era) {
  await page.evaluate(() => window.__bench.gpuIdle());
  await page.evaluate(watchChange);
  await page.locator(`.era-control input[value="${era}"]`).click();
  await page.waitForFunction(() => window.__bench.eraChange.doneAt !== null, null, { timeout: CHANGE_TIMEOUT_MS, polling: 20 });
  const m = await page.evaluate(() => window.__bench.eraChange);
  await page.waitForTimeout(SETTLE_MS);
  // The view once settled (signs and hotspots of the new house drawn too): its draw calls, the era's figure.
  const settled = await page.evaluate(() => window.__bench.lastFrame);
  return {
    era,
    ms: Math.round(m.doneAt - m.clickAt),
    drawCalls: Math.max(m.drawCalls, settled?.drawCalls ?? 0),
    triangles: Math.max(m.triangles, settled?.triangles ?? 0),
  };
}

/** One room: every era, twice round, starting from today's house. */
export async function benchRoomEras(browser, { base, room, viewport }) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.addInitScript(installDrawCounter);
  await page.addInitScript(watchHouseUploads, HOUSE_BUFFER_BYTES);
  try {
    await page.goto(`${base}#/${room}`, { waitUntil: 'load' });
    await waitForFirstFrame(page);
    await page.evaluate(() => window.casaTrotsky.store.getState().dismissIntro());
    const eraIds = await page.evaluate(() => window.casaTrotsky.store.getState().eraIds);
    // From today: the older eras in order, then today again; twice.
    const order = Array.from({ length: ROUNDS }, () => eraIds).flat();
    const changes = [];
    for (const [i, era] of order.entries()) {
      const c = await timeChange(page, era);
      changes.push({ ...c, kind: i === 0 ? 'fetch' : i < eraIds.length - 1 ? 'build' : 'swap' });
    }
    return { room, ok: errors.length === 0, changes, error: errors[0] ?? null };
  } catch (err) {
    if (process.env.BENCH_DEBUG) console.log(String(err));
    return { room, ok: false, changes: [], error: errorLine(err) };
  } finally {
    await context.close().catch(() => {});
  }
}

/** The per-room table and the overall figures: changes that swap meshes already built (the budget's figure),
 *  first builds and the fetch apart; the most draw calls per era in any room. */
export function printEraTable(rooms, budgets, label = '') {
  console.log(
    `\nchanging era${label ? ` (${label})` : ''}: the time control clicked for each era, twice round, from today · ` +
      'swap: an era already built, the click to the end of the first frame drawn with its meshes · build: an era ' +
      "first shown (its meshes built) · fetch: the first change, the eras' data fetched too",
  );
  const pad = (v, n) => String(v ?? '—').padStart(n);
  console.log(`${'room'.padEnd(16)}${pad('swap med', 10)}${pad('max', 8)}${pad('build max', 11)}${pad('fetch', 8)}  draw calls per era`);
  const swaps = [];
  const drawsPerEra = {};
  for (const r of rooms) {
    if (!r.ok && !r.changes.length) {
      console.log(`${r.room.padEnd(16)}FAILED: ${r.error}`);
      continue;
    }
    const of = (kind) => r.changes.filter((c) => c.kind === kind).map((c) => c.ms);
    swaps.push(...of('swap'));
    for (const c of r.changes) drawsPerEra[c.era] = Math.max(drawsPerEra[c.era] ?? 0, c.drawCalls);
    const draws = [...new Set(r.changes.map((c) => c.era))].map((era) => `${era} ${Math.max(...r.changes.filter((c) => c.era === era).map((c) => c.drawCalls))}`);
    console.log(
      `${r.room.padEnd(16)}${pad(`${median(of('swap'))} ms`, 10)}${pad(`${Math.max(...of('swap'))} ms`, 8)}` +
        `${pad(`${Math.max(...of('build'))} ms`, 11)}${pad(`${of('fetch')[0]} ms`, 8)}  ${draws.join(' · ')}${r.ok ? '' : `  (${r.error})`}`,
    );
  }
  if (!swaps.length) return;
  const verdict = (ok) => (ok ? 'ok' : 'MISSED');
  console.log(`era change (swap), all rooms: median ${median(swaps)} ms, max ${Math.max(...swaps)} ms — aim < ${budgets.eraChangeMs} ms: ${verdict(median(swaps) < budgets.eraChangeMs)}`);
  for (const [era, n] of Object.entries(drawsPerEra)) console.log(`  draw calls, ${era}: at most ${n} in any room (≤ ${budgets.drawCalls}) ${verdict(n <= budgets.drawCalls)}`);
}
