// Performance bench for the production build: serves it with Vite's preview server and, in headless Chromium
// (WebGL2 through SwiftShader), measures per room the entrance view's draw calls and triangles, frame rate while
// turning, time to the first drawn frame and time to switch rooms through a doorway; then the initial JavaScript,
// what the whole tour, the guided tours and VR download, each guided tour's stop-to-stop moves and the view from
// above's draw calls, memory after one tour and after ten, and Lighthouse's scores.
//
// It only measures and prints each figure beside its budget; a missed budget never fails it. Results go to
// bench-results/bench.json. Run with `npm run bench` (which builds first) or `node tests/bench/bench.mjs`.
// Environment: TOUR_DIST=/tmp/dist-x (the build to bench, default dist), BENCH_ROOMS=garden,office (a subset),
// BENCH_TURN_MS=3000 (how long ArrowRight is held), BENCH_LIGHTHOUSE=0 (skip Lighthouse), BENCH_LIGHTHOUSE_RUNS=5
// (Lighthouse runs; the median is reported), BENCH_ONLY=sizes,lighthouse (only these groups: rooms, eras, sizes,
// tours, memory, vr, lighthouse).
//
// A/B: BENCH_BUILDS=base:/tmp/dist-a,this:dist (two builds or more, the first the reference) or BENCH_AGAINST=HEAD~1
// (builds that commit aside and compares this build with it) measure every build in the same run, interleaved:
// per room each build in turn; memory one build after the other; Lighthouse in rounds of a run per build; who goes
// first rotating from room to room and round to round; all in one browser process where the figure allows. Each figure is printed per
// build with its ratio to the reference (compare.mjs). Under SwiftShader no single figure is steady, but two builds
// measured side by side on the same machine in the same minutes can be compared.
//
// The page is measured from init scripts that wrap WebGL2's methods (draw calls, live buffers/textures/programs),
// plus the store the app exposes as window.casaTrotsky.store; the app has no other test hook.
// SwiftShader renders on the CPU: fps and times are far below what a real GPU gives, vary with the machine's load,
// and are only useful to compare builds with each other on the same quiet machine.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { assertBuilt, buildsToBench, serveBuild, snapshotBuild } from './builds.mjs';
import { measureBuilds } from './measure.mjs';
import { sizesOf } from './sizes.mjs';
import { printReport } from './report.mjs';
import { printComparison } from './compare.mjs';
import { tourSummary } from './figures.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
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
const GROUPS = ['rooms', 'eras', 'sizes', 'tours', 'memory', 'vr', 'lighthouse'];

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
  // The view from above, the whole compound in view (issue 12).
  overviewDrawCalls: 150,
  // From a click on the time control to the first frame of the changed house (issue 13).
  eraChangeMs: 150,
};

/** Room ids in tour order, read from rooms/schema/ids.ts so a new room is benched without editing this file. */
function roomIds() {
  const src = readFileSync(join(ROOT, 'rooms', 'schema', 'ids.ts'), 'utf8');
  const m = src.match(/export const ROOM_IDS\s*=\s*\[([\s\S]*?)\]/);
  const ids = m ? [...m[1].matchAll(/'([^']+)'|"([^"]+)"/g)].map((x) => x[1] ?? x[2]) : [];
  if (!ids.length) throw new Error('bench: no ROOM_IDS found in rooms/schema/ids.ts');
  return ids;
}

/** The groups of figures to measure: BENCH_ONLY's, or all; BENCH_LIGHTHOUSE=0 leaves Lighthouse out. */
function groupsToRun(env) {
  const only = env.BENCH_ONLY?.split(',').map((g) => g.trim()).filter(Boolean);
  const unknown = (only ?? []).filter((g) => !GROUPS.includes(g));
  if (unknown.length) throw new Error(`bench: BENCH_ONLY: no group ${unknown.join(', ')} (groups: ${GROUPS.join(', ')})`);
  const groups = new Set(only?.length ? only : GROUPS);
  if (env.BENCH_LIGHTHOUSE === '0') groups.delete('lighthouse');
  return groups;
}

/** One build's figures, as bench.json holds them; groups not measured are null. */
function figuresOf(b, groups) {
  return {
    rooms: groups.has('rooms') ? b.rooms : null,
    eras: groups.has('eras') ? b.eras : null,
    sizes: groups.has('sizes')
      ? sizesOf({ dist: b.dist, base: b.base, firstLoads: b.firstLoads, tourRequests: b.tourRequests, toursOnDemand: b.toursOnDemand, vr: b.vr })
      : null,
    tours: groups.has('tours') && b.tours ? { ...b.tours, summaries: b.tours.moves.map(tourSummary) } : null,
    memory: b.memory,
    vr: b.vr && { entered: b.vr.entered, presenting: b.vr.presenting ?? [], error: b.vr.error },
    lighthouse: b.lighthouse,
  };
}

async function main() {
  const groups = groupsToRun(process.env);
  const sources = buildsToBench(ROOT);
  for (const source of sources) assertBuilt(source.path);
  const started = Date.now();
  const loadAverageAtStart = Math.round(loadavg()[0] * 100) / 100;
  const only = process.env.BENCH_ROOMS?.split(',').map((r) => r.trim()).filter(Boolean);
  const rooms = only?.length ? only : roomIds();

  const builds = [];
  try {
    for (const source of sources) {
      const dist = await snapshotBuild(source.path);
      builds.push({ ...source, dist, ...(await serveBuild(ROOT, dist)) });
    }
    await measureBuilds(builds, {
      groups,
      rooms,
      launch: LAUNCH,
      viewport: VIEWPORT,
      turnMs: TURN_MS,
      log: (text) => process.stdout.write(text),
    });
  } finally {
    for (const b of builds) await b.close();
  }

  const common = {
    date: new Date().toISOString(),
    chromium: CHROMIUM_PATH,
    viewport: VIEWPORT,
    budgets: BUDGETS,
    durationMs: Date.now() - started,
    cpus: cpus().length,
    loadAverageAtStart,
  };
  let report;
  if (builds.length === 1) {
    const [{ path, ...b }] = builds;
    report = { date: common.date, build: path, ...common, ...figuresOf(b, groups) };
    printReport(report, { turnMs: TURN_MS });
  } else {
    report = {
      ...common,
      groups: [...groups],
      reference: builds[0].label,
      builds: builds.map((b) => ({ label: b.label, build: b.path, ...(b.ref ? { ref: b.ref } : {}), ...figuresOf(b, groups) })),
    };
    printComparison(report);
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(OUT_FILE, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nwrote ${relative(ROOT, OUT_FILE)} (${Math.round(report.durationMs / 1000)} s)`);
}

main().catch((err) => {
  console.error('bench crashed:', err);
  process.exit(1);
});
