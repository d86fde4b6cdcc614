// The bench's printout for one build: a row per room, then each overall figure beside its budget (figures.mjs),
// then Lighthouse. Groups that were not benched are left out. Never fails on a miss. Several builds: compare.mjs.
import { printEraTable } from './eras.mjs';
import { formatValue, growthBudget, LIGHTHOUSE_METRICS, MEMORY_FIGURES, pageErrors, printPageErrors, roomFigures, sizeFigures, tourFigures, tourSummary } from './figures.mjs';

const pad = (v, n) => String(v ?? '—').padEnd(n);
const padL = (v, n) => String(v ?? '—').padStart(n);
const ms = (v) => (v === null || v === undefined ? '—' : `${v} ms`);
const verdict = (ok) => (ok === null ? '' : ok ? 'ok' : 'MISSED');

function roomTable(rooms, turnMs) {
  console.log(
    `\ndraws/tris: last frame of the entrance view · fps: frames drawn while ArrowRight is held ${turnMs / 1000} s · ` +
      'firstFrame: navigation to the first draw\ngpuDone: GPU finished that frame · switch: click on the first ' +
      '"Go to …" button (reduced motion: a cut) to the end of the first frame drawn in the new room; back: the same ' +
      'way back',
  );
  console.log(
    `${pad('room', 16)}${padL('draws', 6)}${padL('tris', 9)}${padL('fps', 7)}${padL('firstFrame', 12)}${padL('gpuDone', 10)}` +
      `${padL('switch', 9)}${padL('back', 8)}  to`,
  );
  for (const r of rooms) {
    if (!r.ok) {
      console.log(`${pad(r.room, 16)}FAILED: ${r.error}`);
      continue;
    }
    console.log(
      `${pad(r.room, 16)}${padL(r.drawCalls, 6)}${padL(r.triangles, 9)}${padL(r.fps.toFixed(1), 7)}` +
        `${padL(ms(r.firstFrameMs), 12)}${padL(ms(r.firstFrameGpuMs), 10)}${padL(ms(r.switchOut?.switchMs), 9)}` +
        `${padL(ms(r.switchBack?.switchMs), 8)}  ${r.switchOut?.to ?? '—'}`,
    );
  }
}

function tourTable(tours) {
  console.log(
    '\nguided tours, "Next stop" pressed for every stop (with motion) · move: the click to the end of the first frame ' +
      "drawn after the glide ended · glide: the glide's planned length (a cut: 0) · after: the glide's end to that " +
      "frame's end · late: how much later than planned the store's timer ended the glide (a busy main thread) · " +
      'fps: frames drawn while gliding',
  );
  console.log(
    `${pad('tour', 24)}${padL('moves', 6)}${padL('cuts', 5)}${padL('move med', 10)}${padL('max', 9)}${padL('glide med', 11)}` +
      `${padL('max', 9)}${padL('after med', 11)}${padL('max', 8)}${padL('late max', 10)}${padL('fps', 7)}`,
  );
  for (const t of tours.moves) {
    const s = tourSummary(t);
    console.log(
      `${pad(t.tour, 24)}${padL(s.moves, 6)}${padL(s.moves - s.glides, 5)}${padL(ms(s.moveMedianMs), 10)}${padL(ms(s.moveMaxMs), 9)}` +
        `${padL(ms(s.glideMedianMs), 11)}${padL(ms(s.glideMaxMs), 9)}${padL(ms(s.afterGlideMedianMs), 11)}${padL(ms(s.afterGlideMaxMs), 8)}${padL(ms(s.glideEndedLateMaxMs), 10)}` +
        `${padL(s.glideFpsMean?.toFixed(1), 7)}${t.ok ? '' : `  FAILED: ${t.error}`}`,
    );
  }
  if (tours.error) console.log(`  ${tours.error}`);
}

/** The overall rows: [label, value as printed, budget, verdict]. Groups not benched (null) have none. */
function overallRows({ budgets: B, rooms, sizes, tours, memory }) {
  const row = (f) => [f.detail === undefined || f.detail === null ? f.label : `${f.label} (${f.detail})`, formatValue(f), f.budget, f.pass && f.value !== null ? f.pass(f.value) : null];
  const rows = [...(rooms ? roomFigures(rooms, B) : []), ...(sizes ? sizeFigures(sizes, B) : []), ...(tours ? tourFigures(tours, B) : [])].map(row);
  if (memory?.ok) {
    const { afterOne: a, afterTen: b, growth: g } = memory;
    for (const f of MEMORY_FIGURES) {
      const pct = g[f.growth];
      const { budget, pass } = growthBudget(f, B);
      rows.push([f.label, `${f.pick(a)} → ${f.pick(b)} (${pct >= 0 ? '+' : ''}${pct} %)`, budget, pass ? pass(pct) : null]);
    }
  } else if (memory) rows.push(['memory', `FAILED: ${memory.error}`, '', null]);
  return rows;
}

export function printReport(report, { turnMs }) {
  const { budgets: B, rooms, eras, sizes, tours, vr, lighthouse } = report;
  if (rooms) roomTable(rooms, turnMs);
  if (eras) printEraTable(eras, B);
  if (tours) tourTable(tours);
  const rows = overallRows(report);
  if (rows.length) console.log(`\n${pad('figure', 34)}${pad('value', 26)}${pad('budget', 22)}`);
  for (const [label, value, budget, ok] of rows) console.log(`${pad(label, 34)}${pad(value, 26)}${pad(budget, 22)}${verdict(ok)}`);
  if (sizes) printSizeDetails(sizes);
  printVrFrames(vr?.presenting, B);
  if (lighthouse) printLighthouse(lighthouse);

  printPageErrors(pageErrors(report));
}

function printSizeDetails(sizes) {
  console.log('\ninitial JS files (gzip KB):');
  for (const [f, s] of Object.entries(sizes.initialJs.files ?? {})) console.log(`  ${f}  ${s}`);
  if (sizes.toursTransfer?.files && Object.keys(sizes.toursTransfer.files).length) {
    console.log('guided tours files (gzip KB):');
    for (const [f, s] of Object.entries(sizes.toursTransfer.files)) console.log(`  ${f}  ${s}`);
  }
  if (sizes.vrTransfer?.files && Object.keys(sizes.vrTransfer.files).length) {
    console.log('VR files (gzip KB):');
    for (const [f, s] of Object.entries(sizes.vrTransfer.files)) console.log(`  ${f}  ${s}`);
  }
  console.log(`all files of the build, gzip: ${sizes.wholeBuildGzipKB} KB`);
}

function printVrFrames(frames, B) {
  if (!frames?.length) return;
  console.log(`\nin the headset (emulator), per frame of both eyes — budget ≤ ${B.vrDrawCalls} draws, < ${B.vrTriangles / 1e6}M triangles:`);
  for (const f of frames) {
    const ok = f.drawCalls <= B.vrDrawCalls && f.triangles < B.vrTriangles;
    console.log(`  ${pad(f.room, 28)}${pad(`${f.drawCalls} draws`, 12)}${pad(`${f.triangles} tris`, 16)}${pad(`${f.fps} fps`, 10)}${f.room.startsWith(f.current) ? '' : `(stood in ${f.current}) `}${verdict(ok)}`);
  }
}

function printLighthouse(lighthouse) {
  if (!lighthouse.ok) {
    console.log(`\nLighthouse: FAILED: ${lighthouse.error}`);
    return;
  }
  const s = lighthouse.scores;
  console.log(
    `\nLighthouse ${lighthouse.lighthouseVersion} (${lighthouse.formFactor}, simulated throttling, SwiftShader): ` +
      `performance ${s.performance} · accessibility ${s.accessibility} · best practices ${s['best-practices']}` +
      (lighthouse.runs?.length > 1 ? ` (median of ${lighthouse.runs.length} runs)` : ''),
  );
  const m = lighthouse.metricsMs;
  if (m) console.log(`  ${LIGHTHOUSE_METRICS.map(([id, name]) => `${name} ${m[id]} ms`).join(' · ')}`);
  if (lighthouse.runs?.length > 1)
    console.log(`  every run's performance: ${lighthouse.runs.map((r) => (r.scores ? `${r.scores.performance} (TBT ${r.metricsMs['total-blocking-time']} ms)` : 'failed')).join(', ')}`);
  printFailingAudits(lighthouse.failing, '  ');
}

/** Lighthouse's audits that did not pass, a line per category. */
export function printFailingAudits(failing, indent) {
  for (const [cat, audits] of Object.entries(failing)) {
    if (!audits.length) continue;
    console.log(`${indent}${cat}: ${audits.map((a) => `${a.id}${a.value ? ` (${a.value})` : ''}`).join(', ')}`);
  }
}
