// Performance bench for the production build: serves dist/ with Vite's preview server, opens every room in
// headless Chromium (WebGL2 through SwiftShader) and reports draw calls, triangles, frame rate while turning,
// time to the first drawn frame, and the gzip weight of the JavaScript and of the whole build.
//
// It only measures and prints; a missed target never fails it. Results go to bench-results/bench.json.
// Run with `npm run bench` (which builds first) or `node tests/bench/bench.mjs` after `vite build`.
// Environment: BENCH_ROOMS=garden,office (subset of rooms), BENCH_TURN_MS=3000 (how long ArrowRight is held).
//
// Draws are counted by wrapping WebGL2RenderingContext's draw calls from an init script, so the app needs no
// test hooks. A WebGL fence after the first frame tells when the GPU actually finished it (firstFrameGpuMs): with
// SwiftShader, shader compilation happens there and can take seconds after the draw calls returned.
// SwiftShader renders on the CPU: fps and times are far below what a real GPU gives, vary with the machine's load,
// and are only useful to compare builds with each other on the same quiet machine.
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync, existsSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg, tmpdir } from 'node:os';
import { preview } from 'vite';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILD = join(ROOT, 'dist');
// The bench serves and weighs a private copy of dist/, so a `vite build` started meanwhile (another terminal, the
// browser tests) cannot swap the files out from under it. Set in main().
let DIST = BUILD;
const OUT_DIR = join(ROOT, 'bench-results');
const OUT_FILE = join(OUT_DIR, 'bench.json');

// Same launch as the browser tests: the flags live in one JSON file.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = JSON.parse(readFileSync(join(ROOT, 'tests/browser/chromium-flags.json'), 'utf8'));
const VIEWPORT = process.env.BENCH_VIEWPORT ? { width: +process.env.BENCH_VIEWPORT.split("x")[0], height: +process.env.BENCH_VIEWPORT.split("x")[1] } : { width: 1280, height: 800 };

// Budgets from the issues: 120 draw calls and 300k triangles per view with every object, initial JS 400 KB gzip,
// first frame within 2 s.
const TARGETS = { drawCalls: 120, triangles: 300_000, initialJsGzipKB: 400, firstFrameMs: 2000 };
const SETTLE_MS = 500;
const TURN_MS = Number(process.env.BENCH_TURN_MS) || 3000;
const READY_TIMEOUT_MS = 20_000;

/** Room ids in tour order, read from rooms/schema.ts so a new room is benched without editing this file. */
function roomIds() {
  const fallback = ['garden', 'guards-house', 'kitchen', 'dining-room', 'office', 'study', 'bedroom', 'bathroom', 'grandsons-room'];
  try {
    const src = readFileSync(join(ROOT, 'rooms', 'schema.ts'), 'utf8');
    const m = src.match(/export const ROOM_IDS\s*=\s*\[([\s\S]*?)\]/);
    const ids = m ? [...m[1].matchAll(/'([^']+)'|"([^"]+)"/g)].map((x) => x[1] ?? x[2]) : [];
    return ids.length ? ids : fallback;
  } catch {
    return fallback;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Sizes

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const gzipCache = new Map();
function gzipBytes(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file)).length);
  return gzipCache.get(file);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** dist/ paths of the scripts index.html starts with: module scripts and modulepreload links. */
function entryScripts() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i'))?.[1];
    const isScript = /^<script/i.test(tag) && attr('type') === 'module' && attr('src');
    const isPreload = /^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href');
    if (!isScript && !isPreload) continue;
    const ref = isScript ? attr('src') : attr('href');
    if (/^[a-z]+:\/\//i.test(ref)) continue;
    const file = ref.startsWith('/') ? join(DIST, ref) : resolve(DIST, ref);
    if (existsSync(file)) files.add(file);
  }
  return [...files];
}

/** Whether the copied build is whole: index.html present and every file it refers to in the copy. */
function snapshotComplete() {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) return false;
  const refs = [...readFileSync(index, 'utf8').matchAll(/\b(?:src|href)\s*=\s*["'](\.?\/?assets\/[^"']+)["']/g)];
  return refs.every(([, ref]) => existsSync(resolve(DIST, ref.replace(/^\//, ''))));
}

/** The dist/ file a URL served by the preview server maps to, if any. */
function distFileFor(url, base) {
  try {
    const u = new URL(url);
    const b = new URL(base);
    if (u.origin !== b.origin) return null;
    const file = join(DIST, decodeURIComponent(u.pathname));
    return file.startsWith(DIST + sep) && existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// In-page draw counter (runs before any page script)

function installDrawCounter() {
  const TRIANGLES = 0x0004;
  const TRIANGLE_STRIP = 0x0005;
  const TRIANGLE_FAN = 0x0006;
  const tris = (mode, count, instances) => {
    if (mode === TRIANGLES) return Math.floor(count / 3) * instances;
    if (mode === TRIANGLE_STRIP || mode === TRIANGLE_FAN) return Math.max(0, count - 2) * instances;
    return 0;
  };
  const b = (window.__bench = {
    calls: 0, // counters for the frame in progress
    tris: 0,
    firstDrawAt: null, // performance.now() of the very first draw call
    framesWithDraws: 0,
    lastFrame: null, // { drawCalls, triangles, at } of the last frame that drew anything
    frameTimes: null, // when an array: performance.now() of every frame that drew, pushed while recording
    loadingSeenAt: null,
    keyDownAt: null, // performance.now() of the latest ArrowRight keydown
    gl: null, // the context that drew last
    firstFrameGpuDoneAt: null, // when the GPU (SwiftShader) had finished the first frame's commands
    loadingGoneAt: null,
  });
  const count = (t) => {
    if (b.firstDrawAt === null) b.firstDrawAt = performance.now();
    b.calls += 1;
    b.tris += t;
  };
  const wrap = (proto, name, triangles) => {
    const orig = proto && proto[name];
    if (typeof orig !== 'function') return;
    proto[name] = function (...args) {
      count(triangles(args));
      b.gl = this;
      return orig.apply(this, args);
    };
  };
  const P = window.WebGL2RenderingContext && WebGL2RenderingContext.prototype;
  wrap(P, 'drawArrays', ([mode, , count]) => tris(mode, count, 1));
  wrap(P, 'drawElements', ([mode, count]) => tris(mode, count, 1));
  wrap(P, 'drawArraysInstanced', ([mode, , count, n]) => tris(mode, count, n));
  wrap(P, 'drawElementsInstanced', ([mode, count, , , n]) => tris(mode, count, n));
  wrap(P, 'drawRangeElements', ([mode, , , count]) => tris(mode, count, 1));
  // three's BatchedMesh draws through WEBGL_multi_draw; count one call per multi-draw, triangles for all of it.
  if (P && typeof P.getExtension === 'function') {
    const getExtension = P.getExtension;
    const sum = (arr, off, n) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += arr[off + i];
      return s;
    };
    P.getExtension = function (name) {
      const ext = getExtension.call(this, name);
      if (ext && name === 'WEBGL_multi_draw' && !ext.__benchWrapped) {
        ext.__benchWrapped = true;
        const proto = Object.getPrototypeOf(ext);
        const own = {};
        // counts: multiDrawArraysWEBGL(mode, firsts, firstsOff, counts, countsOff, drawcount)
        own.multiDrawArraysWEBGL = ([m, , , c, co, n]) => tris(m, sum(c, co, n), 1);
        // multiDrawElementsWEBGL(mode, counts, countsOff, type, offsets, offsetsOff, drawcount)
        own.multiDrawElementsWEBGL = ([m, c, co, , , , n]) => tris(m, sum(c, co, n), 1);
        for (const [fn, t] of Object.entries(own)) {
          const orig = ext[fn] || (proto && proto[fn]);
          if (typeof orig !== 'function') continue;
          ext[fn] = function (...args) {
            try {
              count(t(args));
            } catch {
              count(0);
            }
            return orig.apply(this, args);
          };
        }
      }
      return ext;
    };
  }
  // A fence after the first frame's draws tells when the GPU finished them: under SwiftShader that can be seconds
  // after the draw calls returned, and until then the browser shows nothing new. Polled, never waited on.
  const watchFirstFrameGpu = (gl) => {
    let sync;
    try {
      sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      gl.flush();
    } catch {
      return;
    }
    const poll = () => {
      try {
        if (gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED) {
          b.firstFrameGpuDoneAt = performance.now();
          gl.deleteSync(sync);
          return;
        }
      } catch {
        return;
      }
      setTimeout(poll, 5);
    };
    setTimeout(poll, 0);
  };
  // Resolves once everything sent to the GPU so far is done (used before timing the turn).
  b.gpuIdle = () =>
    new Promise((resolve) => {
      const gl = b.gl;
      if (!gl) return resolve(0);
      const t0 = performance.now();
      let sync;
      try {
        sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
        gl.flush();
      } catch {
        return resolve(0);
      }
      const poll = () => {
        if (gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED || performance.now() - t0 > 15000) {
          gl.deleteSync(sync);
          resolve(performance.now() - t0);
        } else setTimeout(poll, 5);
      };
      setTimeout(poll, 0);
    });
  let firstFrameFenced = false;
  // Roll the counters into a per-frame record once per animation frame. This loop is registered before the
  // app's, so a frame's draws are rolled up at the start of the next tick: one record per drawn frame.
  const tick = () => {
    if (b.calls > 0) {
      b.framesWithDraws += 1;
      b.lastFrame = { drawCalls: b.calls, triangles: b.tris, at: performance.now() };
      if (b.frameTimes) b.frameTimes.push(b.lastFrame.at);
      if (!firstFrameFenced && b.gl) {
        firstFrameFenced = true;
        watchFirstFrameGpu(b.gl);
      }
    }
    b.calls = 0;
    b.tris = 0;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  addEventListener(
    'keydown',
    (e) => {
      if (e.code === 'ArrowRight' && !e.repeat) b.keyDownAt = performance.now();
    },
    { capture: true },
  );
  // When the loading screen shows and goes (the app's own "ready" moment).
  const watchLoading = () => {
    const obs = new MutationObserver(() => {
      const present = !!document.querySelector('.loading');
      if (present && b.loadingSeenAt === null) b.loadingSeenAt = performance.now();
      if (!present && b.loadingSeenAt !== null && b.loadingGoneAt === null) b.loadingGoneAt = performance.now();
    });
    obs.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.documentElement) watchLoading();
  else document.addEventListener('readystatechange', watchLoading, { once: true });
}

// ---------------------------------------------------------------------------------------------------------------
// One room

async function benchRoom(browser, base, room, jsRequests) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => consoleErrors.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  if (jsRequests) {
    page.on('response', (res) => {
      const url = res.url();
      if (/\.m?js(\?|#|$)/.test(new URL(url).pathname + new URL(url).search)) jsRequests.add(url);
    });
  }
  await page.addInitScript(installDrawCounter);
  try {
    await page.goto(`${base}#/${room}`, { waitUntil: 'load' });
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
    const still = await page.evaluate(() => ({
      first: window.__bench.firstDrawAt,
      firstGpu: window.__bench.firstFrameGpuDoneAt,
      loadingSeenAt: window.__bench.loadingSeenAt,
      loadingGoneAt: window.__bench.loadingGoneAt,
      frame: window.__bench.lastFrame,
      frames: window.__bench.framesWithDraws,
      title: document.title,
      canvas: (() => {
        const c = document.querySelector('canvas');
        return c ? `${c.width}x${c.height}` : null;
      })(),
    }));

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
    await page.waitForTimeout(TURN_MS);
    const during = await page.evaluate(() => ({
      frames: window.__bench.framesWithDraws,
      frame: window.__bench.lastFrame,
      times: window.__bench.frameTimes,
      keyDownAt: window.__bench.keyDownAt,
    }));
    const elapsed = Date.now() - t0;
    await page.keyboard.up('ArrowRight');

    const frames = during.frames - before;
    const gaps = during.times.slice(1).map((t, i) => t - during.times[i]).sort((a, b) => a - b);
    const pct = (q) => (gaps.length ? Math.round(gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))]) : null);
    return {
      room,
      ok: true,
      title: still.title,
      canvas: still.canvas,
      firstFrameMs: Math.round(still.first),
      // When the GPU had actually finished drawing that frame (null if fences are unavailable).
      firstFrameGpuMs: still.firstGpu === null ? null : Math.round(still.firstGpu),
      gpuDrainMs,
      readyMs: still.loadingGoneAt === null ? null : Math.round(still.loadingGoneAt),
      drawCalls: still.frame?.drawCalls ?? null,
      triangles: still.frame?.triangles ?? null,
      framesBeforeTurn: still.frames,
      turnFrames: frames,
      turnMs: elapsed,
      fps: Math.round((frames / (elapsed / 1000)) * 10) / 10,
      // Key press to the first frame of the turn: shaders for things that come into view compile here.
      turnLatencyMs: during.times.length && during.keyDownAt !== null ? Math.round(during.times[0] - during.keyDownAt) : null,
      // Frame rate once the turn is under way (first turn frame to last), without that start-up cost.
      steadyFps: gaps.length ? Math.round(((during.times.length - 1) / ((during.times.at(-1) - during.times[0]) / 1000)) * 10) / 10 : null,
      medianFrameMs: pct(0.5),
      turnFrameTimesMs: during.keyDownAt === null ? [] : during.times.map((t) => Math.round(t - during.keyDownAt)),
      worstFrameMs: gaps.length ? Math.round(gaps[gaps.length - 1]) : null,
      turningDrawCalls: during.frame?.drawCalls ?? null,
      turningTriangles: during.frame?.triangles ?? null,
      consoleErrors,
    };
  } catch (err) {
    return { room, ok: false, error: String(err?.message ?? err).split('\n')[0], consoleErrors };
  } finally {
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------------------------

const pad = (v, n) => String(v ?? '—').padEnd(n);
const padL = (v, n) => String(v ?? '—').padStart(n);
const ms = (v) => (v === null || v === undefined ? '—' : `${v} ms`);

async function main() {
  if (!existsSync(join(BUILD, 'index.html'))) {
    console.error('bench: dist/index.html not found; run `vite build` first (npm run bench does).');
    process.exit(1);
  }
  const started = Date.now();
  const loadAverageAtStart = Math.round(loadavg()[0] * 100) / 100;
  const snapshot = mkdtempSync(join(tmpdir(), 'casa-bench-'));
  DIST = join(snapshot, 'dist');
  // Retry if a build was half-written while copying (index.html must be there and name only files that exist).
  for (let attempt = 1; ; attempt++) {
    rmSync(DIST, { recursive: true, force: true });
    cpSync(BUILD, DIST, { recursive: true });
    if (snapshotComplete() || attempt === 5) break;
    await new Promise((r) => setTimeout(r, 2000));
  }
  process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
  // BENCH_ROOMS=garden,office benches only those rooms (the first one still gives the first-visit JS).
  const only = process.env.BENCH_ROOMS?.split(',').map((r) => r.trim()).filter(Boolean);
  const rooms = only?.length ? only : roomIds();

  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    build: { outDir: DIST },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  let base = server.resolvedUrls?.local?.[0];
  if (!base) {
    const addr = server.httpServer.address();
    base = `http://127.0.0.1:${addr.port}/`;
  }
  if (!base.endsWith('/')) base += '/';

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const results = [];
  const jsRequests = new Set();
  try {
    console.log(
      `bench: ${base} · Chromium ${browser.version()} · ${VIEWPORT.width}x${VIEWPORT.height} · ` +
        `${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} (fps and times are CPU-bound under SwiftShader)\n`,
    );
    for (const [i, room] of rooms.entries()) {
      // The first room's first load is the one whose JS requests count as "loaded on first visit".
      results.push(await benchRoom(browser, base, room, i === 0 ? jsRequests : null));
    }
  } finally {
    await browser.close().catch(() => {});
    await new Promise((res) => server.httpServer.close(() => res()));
  }

  // Sizes
  const entryFiles = entryScripts();
  const loadedFiles = [...new Set([...jsRequests].map((u) => distFileFor(u, base)).filter(Boolean))];
  const unmatched = [...jsRequests].filter((u) => !distFileFor(u, base));
  const distFiles = walk(DIST);
  const sum = (files) => files.reduce((s, f) => s + gzipBytes(f), 0);
  const rel = (f) => relative(DIST, f).split(sep).join('/');
  const sizes = {
    entryJsGzipKB: kb(sum(entryFiles)),
    loadedJsGzipKB: kb(sum(loadedFiles)),
    totalTransferGzipKB: kb(sum(distFiles)),
    entryJsFiles: Object.fromEntries(entryFiles.map((f) => [rel(f), kb(gzipBytes(f))])),
    loadedJsFiles: Object.fromEntries(loadedFiles.map((f) => [rel(f), kb(gzipBytes(f))])),
    unmatchedJsRequests: unmatched,
    distFiles: Object.fromEntries(
      distFiles.map((f) => [rel(f), { bytes: statSync(f).size, gzipKB: kb(gzipBytes(f)) }]),
    ),
  };

  // Table
  console.log(
    'draws/tris: last frame of the entrance view · fps: frames drawn while ArrowRight is held for ' +
      `${TURN_MS / 1000} s · frame: median frame time then\nfirstFrame: first draw call · gpuDone: GPU finished that ` +
      'frame · ready: loading screen gone (all ms from navigation start)\n',
  );
  console.log(`${pad('room', 16)}${padL('draws', 6)}${padL('tris', 9)}${padL('fps', 7)}${padL('frame', 9)}${padL('firstFrame', 12)}${padL('gpuDone', 10)}${padL('ready', 10)}`);
  for (const r of results) {
    if (!r.ok) {
      console.log(`${pad(r.room, 16)}FAILED: ${r.error}`);
      continue;
    }
    const flag = r.drawCalls > TARGETS.drawCalls || r.triangles > TARGETS.triangles ? ' !' : '';
    console.log(
      `${pad(r.room, 16)}${padL(r.drawCalls, 6)}${padL(r.triangles, 9)}${padL(r.fps.toFixed(1), 7)}` +
        `${padL(r.medianFrameMs === null ? '—' : `${r.medianFrameMs} ms`, 9)}` +
        `${padL(`${r.firstFrameMs} ms`, 12)}${padL(ms(r.firstFrameGpuMs), 10)}${padL(ms(r.readyMs), 10)}${flag}`,
    );
  }
  const ok = results.filter((r) => r.ok);
  const vals = (k) => ok.map((r) => r[k]).filter((v) => typeof v === 'number');
  const max = (k) => (vals(k).length ? Math.max(...vals(k)) : null);
  const mean = (k) => (vals(k).length ? Math.round((vals(k).reduce((s, v) => s + v, 0) / vals(k).length) * 10) / 10 : null);
  console.log(
    `\nmax draw calls ${max('drawCalls')} (target ≤ ${TARGETS.drawCalls} per view) · ` +
      `max first frame ${max('firstFrameMs')} ms, GPU done ${max('firstFrameGpuMs') ?? '—'} ms ` +
      `(target ≤ ${TARGETS.firstFrameMs} ms) · mean fps ${mean('fps')} (SwiftShader)`,
  );
  console.log(
    `initial JS (gzip): entry ${sizes.entryJsGzipKB} KB, loaded on first visit ${sizes.loadedJsGzipKB} KB ` +
      `(target ≤ ${TARGETS.initialJsGzipKB} KB); all of dist gzip ${sizes.totalTransferGzipKB} KB`,
  );
  for (const [f, s] of Object.entries(sizes.loadedJsFiles)) console.log(`  ${f}  ${s} KB${sizes.entryJsFiles[f] ? '  (entry)' : ''}`);
  if (unmatched.length) console.log(`  JS requests not found in dist/: ${unmatched.join(', ')}`);

  const withErrors = results.filter((r) => r.consoleErrors?.length);
  if (withErrors.length) {
    console.log('\npage errors:');
    for (const r of withErrors) for (const e of r.consoleErrors) console.log(`  [${r.room}] ${e}`);
  } else {
    console.log('\nno page console errors');
  }

  mkdirSync(OUT_DIR, { recursive: true });
  const report = {
    date: new Date().toISOString(),
    chromium: CHROMIUM_PATH,
    viewport: VIEWPORT,
    targets: TARGETS,
    durationMs: Date.now() - started,
    cpus: cpus().length,
    loadAverageAtStart,
    rooms: results,
    ...sizes,
  };
  writeFileSync(OUT_FILE, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nwrote ${relative(ROOT, OUT_FILE)} (${Math.round(report.durationMs / 1000)} s)`);
}

main().catch((err) => {
  console.error('bench crashed:', err);
  process.exit(1);
});
