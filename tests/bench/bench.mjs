// Performance bench for the production build: serves it with Vite's preview server and, in headless Chromium
// (WebGL2 through SwiftShader), measures per room the entrance view's draw calls and triangles, frame rate while
// turning, time to the first drawn frame and time to switch rooms through a doorway; then the initial JavaScript,
// what the whole tour and VR download, memory after one tour and after ten, and Lighthouse's scores.
//
// It only measures and prints each figure beside its budget; a missed budget never fails it. Results go to
// bench-results/bench.json. Run with `npm run bench` (which builds first) or `node tests/bench/bench.mjs`.
// Environment: TOUR_DIST=/tmp/dist-x (the build to bench, default dist), BENCH_ROOMS=garden,office (a subset),
// BENCH_TURN_MS=3000 (how long ArrowRight is held), BENCH_LIGHTHOUSE=0 (skip Lighthouse), BENCH_LIGHTHOUSE_RUNS=5
// (Lighthouse runs; the median is reported).
//
// The page is measured from init scripts that wrap WebGL2's methods (draw calls, live buffers/textures/programs),
// plus the store the app exposes as window.casaTrotsky.store; the app has no other test hook.
// SwiftShader renders on the CPU: fps and times are far below what a real GPU gives, vary with the machine's load,
// and are only useful to compare builds with each other on the same quiet machine.
import { readFileSync, mkdirSync, writeFileSync, existsSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg, tmpdir } from 'node:os';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { benchRoom, warmUpBrowser } from './rooms.mjs';
import { benchMemory } from './memory.mjs';
import { vrRequests } from './vr.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { entryScripts, weigh, walk, gzipBytes, kb } from './sizes.mjs';
import { printReport } from './report.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILD = resolve(process.cwd(), process.env.TOUR_DIST ?? join(ROOT, 'dist'));
const OUT_DIR = join(ROOT, 'bench-results');
const OUT_FILE = join(OUT_DIR, 'bench.json');

// Same launch as the browser tests: the flags live in one JSON file.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = JSON.parse(readFileSync(join(ROOT, 'tests/browser/chromium-flags.json'), 'utf8'));
const LAUNCH = { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS };
const VIEWPORT = process.env.BENCH_VIEWPORT
  ? { width: +process.env.BENCH_VIEWPORT.split('x')[0], height: +process.env.BENCH_VIEWPORT.split('x')[1] }
  : { width: 1280, height: 800 };
const TURN_MS = Number(process.env.BENCH_TURN_MS) || 3000;

// Budgets from the issues.
export const BUDGETS = {
  drawCalls: 120,
  triangles: 300_000,
  initialJsGzipKB: 400,
  totalTransferGzipKB: 1024,
  firstFrameMs: 2000,
  switchMs: 100,
  growthPct: 10,
  // Per headset frame (both eyes) while presenting: Quest-class budget.
  vrDrawCalls: 150,
  vrTriangles: 1_000_000,
};

/** Room ids in tour order, read from rooms/schema.ts so a new room is benched without editing this file. */
function roomIds() {
  const src = readFileSync(join(ROOT, 'rooms', 'schema.ts'), 'utf8');
  const m = src.match(/export const ROOM_IDS\s*=\s*\[([\s\S]*?)\]/);
  const ids = m ? [...m[1].matchAll(/'([^']+)'|"([^"]+)"/g)].map((x) => x[1] ?? x[2]) : [];
  if (!ids.length) throw new Error('bench: no ROOM_IDS found in rooms/schema.ts');
  return ids;
}

/** The build, copied: a `vite build` started meanwhile (another terminal, the tests) cannot swap files under it. */
async function snapshotBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'casa-bench-'));
  const dist = join(dir, 'dist');
  const complete = () => {
    const index = join(dist, 'index.html');
    if (!existsSync(index)) return false;
    const refs = [...readFileSync(index, 'utf8').matchAll(/\b(?:src|href)\s*=\s*["'](\.?\/?assets\/[^"']+)["']/g)];
    return refs.every(([, ref]) => existsSync(resolve(dist, ref.replace(/^\//, ''))));
  };
  // Retry if a build was half-written while copying.
  for (let attempt = 1; ; attempt++) {
    rmSync(dist, { recursive: true, force: true });
    cpSync(BUILD, dist, { recursive: true });
    if (complete() || attempt === 5) break;
    await new Promise((r) => setTimeout(r, 2000));
  }
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dist;
}

async function main() {
  if (!existsSync(join(BUILD, 'index.html'))) {
    console.error(`bench: ${BUILD}/index.html not found; run \`vite build\` first (npm run bench does).`);
    process.exit(1);
  }
  const started = Date.now();
  const loadAverageAtStart = Math.round(loadavg()[0] * 100) / 100;
  const dist = await snapshotBuild();
  const only = process.env.BENCH_ROOMS?.split(',').map((r) => r.trim()).filter(Boolean);
  const rooms = only?.length ? only : roomIds();

  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  const base = `http://127.0.0.1:${address.port}/`;

  const browser = await chromium.launch(LAUNCH);
  const results = [];
  const tourRequests = new Set();
  let memory;
  let vr;
  let lighthouse = null;
  try {
    console.log(
      `bench: ${relative(process.cwd(), BUILD) || '.'} at ${base} · Chromium ${browser.version()} · ${VIEWPORT.width}x${VIEWPORT.height} · ` +
        `${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} (fps and times are CPU-bound under SwiftShader)`,
    );
    process.stdout.write('  warming the browser up (one unmeasured visit) …');
    await warmUpBrowser(browser, { base, viewport: VIEWPORT }).catch(() => {});
    process.stdout.write(' done\n');
    for (const room of rooms) {
      process.stdout.write(`  ${room} …`);
      const r = await benchRoom(browser, { base, room, viewport: VIEWPORT, turnMs: TURN_MS });
      process.stdout.write(r.ok ? ' done\n' : ` failed: ${r.error}\n`);
      results.push(r);
    }
    process.stdout.write('  ten full tours …');
    memory = await benchMemory(browser, { base, requests: tourRequests });
    process.stdout.write(memory.ok ? ` ${Math.round(memory.durationMs / 1000)} s\n` : ` failed: ${memory.error}\n`);
    await browser.close();
    process.stdout.write('  VR …');
    vr = await vrRequests({ base, viewport: VIEWPORT, launch: LAUNCH, rooms }).catch((err) => ({ entered: false, urls: [], error: String(err.message).split('\n')[0] }));
    process.stdout.write(vr.entered ? ' entered\n' : ` did not enter${vr.error ? `: ${vr.error}` : ''}\n`);
    if (process.env.BENCH_LIGHTHOUSE !== '0') {
      process.stdout.write('  Lighthouse …');
      lighthouse = await runLighthouse({ url: `${base}#/garden`, chromePath: CHROMIUM_PATH, chromeArgs: CHROMIUM_ARGS });
      process.stdout.write(lighthouse.ok ? ' done\n' : ` failed: ${lighthouse.error}\n`);
    }
  } finally {
    await browser.close().catch(() => {});
    await new Promise((res) => server.httpServer.close(() => res()));
  }

  // Sizes. Initial: the scripts a room's page had asked for by its first frame (the heaviest room's).
  const initial = results
    .filter((r) => r.ok)
    .map((r) => ({ room: r.room, ...weigh(dist, base, r.initialScripts) }))
    .sort((a, b) => b.gzipKB - a.gzipKB)[0] ?? { gzipKB: null, files: {} };
  // Everything a visitor can fetch without VR: the ten tours' requests plus every room's own first load.
  for (const r of results) for (const u of r.initialScripts ?? []) tourRequests.add(u);
  const tour = weigh(dist, base, tourRequests);
  const vrOnly = weigh(dist, base, vr.urls.filter((u) => !tourRequests.has(u)));
  const allFiles = walk(dist);
  const sizes = {
    initialJs: initial,
    entryJsGzipKB: kb(entryScripts(dist).reduce((s, f) => s + gzipBytes(f), 0)),
    tourTransfer: tour,
    vrTransfer: { entered: vr.entered, ...vrOnly },
    vrPresenting: vr.presenting ?? [],
    wholeBuildGzipKB: kb(allFiles.reduce((s, f) => s + gzipBytes(f), 0)),
  };

  const report = {
    date: new Date().toISOString(),
    build: BUILD,
    chromium: CHROMIUM_PATH,
    viewport: VIEWPORT,
    budgets: BUDGETS,
    durationMs: Date.now() - started,
    cpus: cpus().length,
    loadAverageAtStart,
    rooms: results,
    sizes,
    memory,
    lighthouse,
  };
  printReport(report, { turnMs: TURN_MS });
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(OUT_FILE, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nwrote ${relative(ROOT, OUT_FILE)} (${Math.round(report.durationMs / 1000)} s)`);
}

main().catch((err) => {
  console.error('bench crashed:', err);
  process.exit(1);
});
