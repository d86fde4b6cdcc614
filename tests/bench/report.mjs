// The bench's printout: a row per room, then each overall figure beside its budget. Never fails on a miss.

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

export function printReport(report, { turnMs }) {
  const { budgets: B, rooms, sizes, memory, lighthouse } = report;
  roomTable(rooms, turnMs);
  const ok = rooms.filter((r) => r.ok);
  const max = (values) => {
    const v = values.filter((x) => typeof x === 'number');
    return v.length ? Math.max(...v) : null;
  };
  const median = (values) => {
    const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
    return v.length ? v[Math.floor(v.length / 2)] : null;
  };
  const switches = ok.flatMap((r) => [r.switchOut?.switchMs, r.switchBack?.switchMs]);
  const rows = [
    ['draw calls per view (max)', max(ok.map((r) => r.drawCalls)), `≤ ${B.drawCalls}`, (v) => v <= B.drawCalls],
    ['triangles per view (max)', max(ok.map((r) => r.triangles)), `≤ ${B.triangles}`, (v) => v <= B.triangles],
    ['first frame (max)', ms(max(ok.map((r) => r.firstFrameMs))), `≤ ${B.firstFrameMs} ms`, () => max(ok.map((r) => r.firstFrameMs)) <= B.firstFrameMs],
    ['doorway switch (max)', ms(max(switches)), `< ${B.switchMs} ms`, () => max(switches) < B.switchMs],
    ['doorway switch (median)', ms(median(switches)), '', null],
    ['fps while turning (mean)', ok.length ? (ok.reduce((s, r) => s + r.fps, 0) / ok.length).toFixed(1) : null, '(SwiftShader)', null],
    [`initial JS, gzip (${sizes.initialJs.room ?? '—'})`, `${sizes.initialJs.gzipKB} KB`, `≤ ${B.initialJsGzipKB} KB`, () => sizes.initialJs.gzipKB <= B.initialJsGzipKB],
    ['whole tour transfer, gzip', `${sizes.tourTransfer.gzipKB} KB`, `≤ ${B.totalTransferGzipKB} KB`, () => sizes.tourTransfer.gzipKB <= B.totalTransferGzipKB],
    [
      `  + VR on demand, gzip${sizes.vrTransfer.entered ? '' : ' (VR did not start)'}`,
      `${sizes.vrTransfer.gzipKB} KB`,
      `(tour + VR ${Math.round((sizes.tourTransfer.gzipKB + sizes.vrTransfer.gzipKB) * 10) / 10} KB)`,
      () => sizes.tourTransfer.gzipKB + sizes.vrTransfer.gzipKB <= B.totalTransferGzipKB,
    ],
  ];
  if (memory?.ok) {
    const { afterOne: a, afterTen: b, growth: g } = memory;
    const change = (from, to, pct) => `${from} → ${to} (${pct >= 0 ? '+' : ''}${pct} %)`;
    const growth = (label, from, to, pct) => [label, change(from, to, pct), `≤ +${B.growthPct} %`, () => pct <= B.growthPct];
    const unbudgeted = (label, from, to, pct, note) => [label, change(from, to, pct), note, null];
    rows.push(
      growth('JS objects MB, 1 → 10 tours', a.heap.objects, b.heap.objects, g.objectsPct),
      growth('DOM/browser-side MB, 1 → 10', a.heap.dom, b.heap.dom, g.domPct),
      unbudgeted('  V8 compiled code MB, 1 → 10', a.heap.code, b.heap.code, g.codePct, "(V8's, not the page's)"),
      unbudgeted('  browser records MB, 1 → 10', a.heap.browserRecords, b.heap.browserRecords, g.browserRecordsPct, '(timeline, DevTools)'),
      unbudgeted('  JS heap in all MB, 1 → 10', a.heapUsedMB, b.heapUsedMB, g.heapPct, '(objects + code)'),
      growth('live GL buffers, 1 → 10', a.gl.buffers, b.gl.buffers, g.buffersPct),
      growth('live GL textures, 1 → 10', a.gl.textures, b.gl.textures, g.texturesPct),
      growth('live GL programs, 1 → 10', a.gl.programs, b.gl.programs, g.programsPct),
    );
  } else rows.push(['memory', `FAILED: ${memory?.error}`, '', null]);

  console.log(`\n${pad('figure', 34)}${pad('value', 26)}${pad('budget', 22)}`);
  for (const [label, value, budget, check] of rows) {
    console.log(`${pad(label, 34)}${pad(value, 26)}${pad(budget, 22)}${verdict(check ? check(value) : null)}`);
  }
  console.log('\ninitial JS files (gzip KB):');
  for (const [f, s] of Object.entries(sizes.initialJs.files ?? {})) console.log(`  ${f}  ${s}`);
  if (sizes.vrTransfer.files && Object.keys(sizes.vrTransfer.files).length) {
    console.log('VR files (gzip KB):');
    for (const [f, s] of Object.entries(sizes.vrTransfer.files)) console.log(`  ${f}  ${s}`);
  }
  console.log(`all files of the build, gzip: ${sizes.wholeBuildGzipKB} KB`);

  if (sizes.vrPresenting?.length) {
    console.log(`\nin the headset (emulator), per frame of both eyes — budget ≤ ${B.vrDrawCalls} draws, < ${B.vrTriangles / 1e6}M triangles:`);
    for (const f of sizes.vrPresenting) {
      const ok = f.drawCalls <= B.vrDrawCalls && f.triangles < B.vrTriangles;
      console.log(`  ${pad(f.room, 16)}${pad(`${f.drawCalls} draws`, 12)}${pad(`${f.triangles} tris`, 16)}${pad(`${f.fps} fps`, 10)}${f.current === f.room ? '' : `(stood in ${f.current}) `}${verdict(ok)}`);
    }
  }

  if (lighthouse) {
    if (!lighthouse.ok) console.log(`\nLighthouse: FAILED: ${lighthouse.error}`);
    else {
      const s = lighthouse.scores;
      console.log(
        `\nLighthouse ${lighthouse.lighthouseVersion} (${lighthouse.formFactor}, simulated throttling, SwiftShader): ` +
          `performance ${s.performance} · accessibility ${s.accessibility} · best practices ${s['best-practices']}` +
          (lighthouse.runs?.length > 1 ? ` (median of ${lighthouse.runs.length} runs)` : ''),
      );
      const m = lighthouse.metricsMs;
      if (m) console.log(`  FCP ${m['first-contentful-paint']} ms · LCP ${m['largest-contentful-paint']} ms · TBT ${m['total-blocking-time']} ms · SI ${m['speed-index']} ms · TTI ${m.interactive} ms`);
      if (lighthouse.runs?.length > 1)
        console.log(`  every run's performance: ${lighthouse.runs.map((r) => (r.scores ? `${r.scores.performance} (TBT ${r.metricsMs['total-blocking-time']} ms)` : 'failed')).join(', ')}`);
      for (const [cat, audits] of Object.entries(lighthouse.failing)) {
        if (!audits.length) continue;
        console.log(`  ${cat}: ${audits.map((a) => `${a.id}${a.value ? ` (${a.value})` : ''}`).join(', ')}`);
      }
    }
  }

  const errors = [...rooms.flatMap((r) => (r.consoleErrors ?? []).map((e) => `[${r.room}] ${e}`)), ...(memory?.consoleErrors ?? []).map((e) => `[tours] ${e}`)];
  console.log(errors.length ? `\npage errors:\n${errors.map((e) => `  ${e}`).join('\n')}` : '\nno page console errors');
}
