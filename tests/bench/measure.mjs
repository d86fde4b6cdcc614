// The bench's measurements, for one build or several served side by side, interleaved so that a machine that gets
// busier or quieter during the run weighs on every build alike: per room every build in turn, then each build's
// guided tours' moves per tour every build in turn, the view from above, each build's ten tours, VR, and
// Lighthouse's runs in rounds of one run per build. Who goes first rotates from room to room and
// from round to round (A B, B A, A B … for two builds): in two A/A runs of identical builds the very first
// Lighthouse run was the worst of its build both times (performance 89 against 98–100, 78 against 98–99), so a
// fixed order would charge the reference for it. Each build `b` ({ label, path, base }) gains rooms, firstLoads,
// toursOnDemand, eras, tours, tourRequests, memory, vr and lighthouse.
import { relative } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { benchRoom, firstLoadScripts, warmUpBrowser } from './rooms.mjs';
import { benchMemory, tourRequests } from './memory.mjs';
import { benchRoomEras } from './eras.mjs';
import { vrRequests } from './vr.mjs';
import { benchGuidedTours } from './guidedTours.mjs';
import { toursOnDemandRequests } from './toursOnDemand.mjs';
import { LIGHTHOUSE_RUNS, runLighthouse, summariseLighthouse } from './lighthouse.mjs';
import { errorLine } from './page.mjs';

/** The builds in the order they take their turn `turn`: rotated one place per turn. */
const inTurn = (builds, turn) => builds.map((_, i) => builds[(i + turn) % builds.length]);

/** The run's first line: the builds, where they are served, the browser and the machine. */
function printHeader(builds, viewport, chromiumVersion) {
  const where = (b) => `${builds.length > 1 ? `${b.label} = ` : ''}${relative(process.cwd(), b.path) || '.'} at ${b.base}`;
  console.log(
    `bench: ${builds.map(where).join(', ')} · ${chromiumVersion ? `Chromium ${chromiumVersion} · ` : ''}${viewport.width}x${viewport.height} · ` +
      `${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} (fps and times are CPU-bound under SwiftShader)`,
  );
}

async function inBrowser(builds, { groups, rooms, launch, viewport, turnMs, log }) {
  const several = builds.length > 1;
  const tag = (b) => (several ? ` (${b.label})` : '');
  const browser = await chromium.launch(launch);
  try {
    printHeader(builds, viewport, browser.version());
    log(`  warming the browser up (one unmeasured visit${several ? ' per build' : ''}) …`);
    for (const b of builds) await warmUpBrowser(browser, { base: b.base, viewport }).catch(() => {});
    log(' done\n');
    if (groups.has('rooms')) {
      for (const [turn, room] of rooms.entries()) {
        for (const b of inTurn(builds, turn)) {
          log(`  ${room}${tag(b)} …`);
          const r = await benchRoom(browser, { base: b.base, room, viewport, turnMs });
          log(r.ok ? ' done\n' : ` failed: ${r.error}\n`);
          b.rooms.push(r);
        }
      }
      for (const b of builds) b.firstLoads = b.rooms;
    } else if (groups.has('sizes')) {
      // The initial JS needs each room's first load: without the rooms' figures, just that.
      for (const b of builds) {
        log(`  first load of ${rooms.length} room${rooms.length > 1 ? 's' : ''}, for the sizes${tag(b)} …`);
        for (const room of rooms) b.firstLoads.push(await firstLoadScripts(browser, { base: b.base, room, viewport }));
        const failed = b.firstLoads.filter((r) => !r.ok);
        log(failed.length ? ` failed: ${failed.map((r) => `${r.room}: ${r.error}`).join('; ')}\n` : ' done\n');
      }
    }
    if (groups.has('eras')) {
      for (const [turn, room] of rooms.entries()) {
        for (const b of inTurn(builds, turn)) {
          log(`  ${room}, every era${tag(b)} …`);
          const r = await benchRoomEras(browser, { base: b.base, room, viewport });
          log(r.ok ? ' done\n' : ` failed: ${r.error}\n`);
          b.eras.push(r);
        }
      }
    }
    if (groups.has('sizes')) {
      for (const b of builds) {
        log(`  opening the guided tours, for the sizes${tag(b)} …`);
        b.toursOnDemand = await toursOnDemandRequests(browser, { base: b.base, viewport });
        log(b.toursOnDemand.ok ? ' done\n' : ` failed: ${b.toursOnDemand.error}\n`);
      }
    }
    if (groups.has('tours')) await benchGuidedTours(browser, builds, { viewport, log, inTurn, tag });
    if (groups.has('memory')) {
      for (const b of builds) {
        log(`  ten full tours${tag(b)} …`);
        b.memory = await benchMemory(browser, { base: b.base, requests: b.tourRequests });
        log(b.memory.ok ? ` ${Math.round(b.memory.durationMs / 1000)} s\n` : ` failed: ${b.memory.error}\n`);
      }
    } else if (groups.has('sizes')) {
      // The whole tour's transfer needs a tour: without the memory figures, one.
      for (const b of builds) {
        log(`  one full tour, for the sizes${tag(b)} …`);
        const tour = await tourRequests(browser, { base: b.base, requests: b.tourRequests });
        log(tour.ok ? ' done\n' : ` failed: ${tour.error}\n`);
      }
    }
  } finally {
    await browser.close().catch(() => {});
  }
}

export async function measureBuilds(builds, options) {
  const { groups, rooms, launch, viewport, log } = options;
  const several = builds.length > 1;
  for (const b of builds)
    Object.assign(b, { rooms: [], eras: [], firstLoads: [], toursOnDemand: null, tours: null, tourRequests: new Set(), memory: null, vr: null, lighthouse: null });
  if (['rooms', 'eras', 'sizes', 'tours', 'memory'].some((g) => groups.has(g))) await inBrowser(builds, options);
  else printHeader(builds, viewport, null);
  if (groups.has('vr')) {
    for (const b of builds) {
      log(`  VR${several ? ` (${b.label})` : ''} …`);
      b.vr = await vrRequests({ base: b.base, viewport, launch, rooms }).catch((err) => ({ entered: false, urls: [], error: errorLine(err) }));
      log(b.vr.entered ? ' entered\n' : ` did not enter${b.vr.error ? `: ${b.vr.error}` : ''}\n`);
    }
  }
  if (groups.has('lighthouse')) {
    log(several ? `  Lighthouse, ${builds.map((b) => b.label).join(', ')} in turn …` : '  Lighthouse …');
    const runs = new Map(builds.map((b) => [b, []]));
    for (let round = 0; round < LIGHTHOUSE_RUNS; round++) {
      for (const b of inTurn(builds, round)) {
        const r = await runLighthouse({ url: `${b.base}#/garden`, chromePath: launch.executablePath, chromeArgs: launch.args });
        runs.get(b).push(r);
        if (several) log(` ${b.label} ${r.ok ? r.scores.performance : 'failed'}`);
      }
    }
    for (const b of builds) b.lighthouse = summariseLighthouse(runs.get(b));
    const failed = builds.filter((b) => !b.lighthouse.ok);
    log(!failed.length ? ' done\n' : ` failed: ${failed.map((b) => `${several ? `${b.label}: ` : ''}${b.lighthouse.error}`).join('; ')}\n`);
  }
}
