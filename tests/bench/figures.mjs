// The bench's figures, worked out once from a build's results for both printouts (one build: report.mjs; several
// side by side: compare.mjs). Each is { label, value (a number or null), unit, decimals, detail, budget, pass }:
// `budget` is the text printed beside it and `pass(value)` checks it (absent: no budget).

export const max = (values) => {
  const v = values.filter((x) => typeof x === 'number');
  return v.length ? Math.max(...v) : null;
};
/** The middle value; of an even count, the upper of the two middle ones, or with `evenCount: 'mean'` their mean. */
export const median = (values, { evenCount = 'upper' } = {}) => {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return null;
  const upper = Math.floor(v.length / 2);
  return evenCount === 'mean' && v.length % 2 === 0 ? (v[upper - 1] + v[upper]) / 2 : v[upper];
};
export const mean = (values) => {
  const v = values.filter((x) => typeof x === 'number');
  return v.length ? v.reduce((s, x) => s + x, 0) / v.length : null;
};

/** A figure's value as printed: '—' when missing, else with its decimals and unit. */
export function formatValue(figure, value = figure.value) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const number = figure.decimals === undefined ? String(value) : value.toFixed(figure.decimals);
  return figure.unit ? `${number} ${figure.unit}` : number;
}

/** Per room and build, for the side-by-side table (the one-build table has its own columns). */
export const ROOM_FIGURES = [
  { label: 'draw calls', pick: (r) => r.drawCalls },
  { label: 'triangles', pick: (r) => r.triangles },
  { label: 'fps while turning', pick: (r) => r.fps, decimals: 1 },
  { label: 'fps once turning', pick: (r) => r.steadyFps, decimals: 1 },
  { label: 'first frame', pick: (r) => r.firstFrameMs, unit: 'ms' },
  { label: 'first frame, GPU done', pick: (r) => r.firstFrameGpuMs, unit: 'ms' },
  { label: 'doorway switch', pick: (r) => r.switchOut?.switchMs, unit: 'ms' },
  { label: 'doorway switch back', pick: (r) => r.switchBack?.switchMs, unit: 'ms' },
];

/** Over all rooms benched: the worst view, the slowest first frame and switch, the mean frame rate. */
export function roomFigures(rooms, B) {
  const ok = rooms.filter((r) => r.ok);
  const switches = ok.flatMap((r) => [r.switchOut?.switchMs, r.switchBack?.switchMs]);
  return [
    { label: 'draw calls per view (max)', value: max(ok.map((r) => r.drawCalls)), budget: `≤ ${B.drawCalls}`, pass: (v) => v <= B.drawCalls },
    { label: 'triangles per view (max)', value: max(ok.map((r) => r.triangles)), budget: `≤ ${B.triangles}`, pass: (v) => v <= B.triangles },
    { label: 'first frame (max)', value: max(ok.map((r) => r.firstFrameMs)), unit: 'ms', budget: `≤ ${B.firstFrameMs} ms`, pass: (v) => v <= B.firstFrameMs },
    { label: 'doorway switch (max)', value: max(switches), unit: 'ms', budget: `< ${B.switchMs} ms`, pass: (v) => v < B.switchMs },
    { label: 'doorway switch (median)', value: median(switches), unit: 'ms', budget: '' },
    { label: 'fps while turning (mean)', value: mean(ok.map((r) => r.fps)), decimals: 1, budget: '(SwiftShader)' },
  ];
}

/** Download weights (gzip KB) against their budgets; the guided tours' and VR's rows only when measured. */
export function sizeFigures(sizes, B) {
  const tour = sizes.tourTransfer.gzipKB;
  const figures = [
    { label: 'initial JS, gzip', detail: sizes.initialJs.room ?? '—', value: sizes.initialJs.gzipKB, unit: 'KB', budget: `≤ ${B.initialJsGzipKB} KB`, pass: (v) => v <= B.initialJsGzipKB },
    { label: 'whole tour transfer, gzip', value: tour, unit: 'KB', budget: `≤ ${B.totalTransferGzipKB} KB`, pass: (v) => v <= B.totalTransferGzipKB },
  ];
  const tours = sizes.toursTransfer;
  if (tours) {
    // Not part of the initial JS: what opening the guided tours adds to it (the whole tour's transfer holds it).
    const initial = sizes.initialJs.gzipKB;
    figures.push({
      label: '  + guided tours on demand, gzip',
      detail: tours.opened ? null : 'the tours did not open',
      value: tours.gzipKB,
      unit: 'KB',
      budget: initial === null ? '' : `(initial + tours ${Math.round((initial + tours.gzipKB) * 10) / 10} KB)`,
    });
  }
  const vr = sizes.vrTransfer;
  if (vr) {
    figures.push({
      label: '  + VR on demand, gzip',
      detail: vr.entered ? null : 'VR did not start',
      value: vr.gzipKB,
      unit: 'KB',
      budget: `(tour + VR ${Math.round((tour + vr.gzipKB) * 10) / 10} KB)`,
      pass: (v) => tour + v <= B.totalTransferGzipKB,
    });
  }
  return figures;
}

/** A guided tour's moves summed up: how many (glides, cuts), and the median and maximum of each time; a cut's
 *  glide counts as 0 ms. */
export function tourSummary(t) {
  const moves = t.moves ?? [];
  const of = (pick) => ({ median: median(moves.map(pick)), max: max(moves.map(pick)) });
  const move = of((m) => m.moveMs);
  const glide = of((m) => m.glideMs);
  const after = of((m) => m.afterGlideMs);
  const fps = mean(moves.map((m) => m.glideFps));
  // The store ends a glide from a timer, which a busy main thread runs late: part of a move beyond its glide.
  const lateMax = max(moves.map((m) => (m.glideEndedAfterMs === null ? null : m.glideEndedAfterMs - m.glideMs)));
  return {
    tour: t.tour,
    ok: t.ok,
    moves: moves.length,
    glides: moves.filter((m) => m.kind === 'glide').length,
    moveMedianMs: move.median,
    moveMaxMs: move.max,
    glideMedianMs: glide.median,
    glideMaxMs: glide.max,
    afterGlideMedianMs: after.median,
    afterGlideMaxMs: after.max,
    glideEndedLateMaxMs: lateMax,
    glideFpsMean: fps === null ? null : Math.round(fps * 10) / 10,
  };
}

/** Per guided tour and build, for the side-by-side printout (the one-build table has its own columns). */
export const TOUR_FIGURES = [
  { label: 'stop-to-stop move (median)', pick: (s) => s.moveMedianMs, unit: 'ms' },
  { label: 'stop-to-stop move (max)', pick: (s) => s.moveMaxMs, unit: 'ms' },
  { label: '  its glide (median)', pick: (s) => s.glideMedianMs, unit: 'ms' },
  { label: '  its glide (max)', pick: (s) => s.glideMaxMs, unit: 'ms' },
  { label: '  after the glide (median)', pick: (s) => s.afterGlideMedianMs, unit: 'ms' },
  { label: '  after the glide (max)', pick: (s) => s.afterGlideMaxMs, unit: 'ms' },
  { label: '  glide ended late (max)', pick: (s) => s.glideEndedLateMaxMs, unit: 'ms' },
  { label: '  fps while gliding (mean)', pick: (s) => s.glideFpsMean, decimals: 1 },
];

/** Over the guided tours: the view from above against its budget, and the moves of every tour together. */
export function tourFigures(tours, B) {
  const o = tours.overview;
  const moves = (tours.moves ?? []).flatMap((t) => t.moves ?? []);
  const failed = o && !o.ok ? 'FAILED' : null;
  return [
    { label: 'overview draw calls', detail: failed, value: o?.ok ? o.drawCalls : null, budget: `≤ ${B.overviewDrawCalls}`, pass: (v) => v <= B.overviewDrawCalls },
    { label: 'overview triangles', detail: failed, value: o?.ok ? o.triangles : null, budget: '' },
    { label: 'tour moves (max, all tours)', value: max(moves.map((m) => m.moveMs)), unit: 'ms', budget: '(its glide included)' },
    { label: 'tour moves (median, all tours)', value: median(moves.map((m) => m.moveMs)), unit: 'ms', budget: '' },
    { label: '  after the glide (max, all)', value: max(moves.map((m) => m.afterGlideMs)), unit: 'ms', budget: '(glide end → frame)' },
  ];
}

/** Memory after one tour and after ten: `pick` reads a snapshot, `growth` names its growth in memory.growth. */
export const MEMORY_FIGURES = [
  { label: 'JS objects MB, 1 → 10 tours', name: 'JS objects MB', pick: (s) => s.heap.objects, growth: 'objectsPct', budgeted: true },
  { label: 'DOM/browser-side MB, 1 → 10', name: 'DOM/browser-side MB', pick: (s) => s.heap.dom, growth: 'domPct', budgeted: true },
  { label: '  V8 compiled code MB, 1 → 10', name: '  V8 compiled code MB', pick: (s) => s.heap.code, growth: 'codePct', note: "(V8's, not the page's)" },
  { label: '  browser records MB, 1 → 10', name: '  browser records MB', pick: (s) => s.heap.browserRecords, growth: 'browserRecordsPct', note: '(timeline, DevTools)' },
  { label: '  JS heap in all MB, 1 → 10', name: '  JS heap in all MB', pick: (s) => s.heapUsedMB, growth: 'heapPct', note: '(objects + code)' },
  { label: 'live GL buffers, 1 → 10', name: 'live GL buffers', pick: (s) => s.gl.buffers, growth: 'buffersPct', budgeted: true },
  { label: 'live GL textures, 1 → 10', name: 'live GL textures', pick: (s) => s.gl.textures, growth: 'texturesPct', budgeted: true },
  { label: 'live GL programs, 1 → 10', name: 'live GL programs', pick: (s) => s.gl.programs, growth: 'programsPct', budgeted: true },
  // GPU memory, from the sizes the page gave WebGL (glResources.mjs): textures (the painted surfaces, labels, the
  // sky, the sun's shadow map), of which depth (the shadow map alone), vertex buffers (geometry, the baked shade).
  { label: 'GPU textures MB, 1 → 10', name: 'GPU textures MB', pick: (s) => s.gpuMB.texturesMB, growth: 'texturesMBPct', budgeted: true },
  { label: '  of which shadow map MB', name: '  of which shadow map MB', pick: (s) => s.gpuMB.depthTexturesMB, growth: 'depthTexturesMBPct', note: '(depth textures)' },
  { label: 'GPU vertex buffers MB, 1 → 10', name: 'GPU vertex buffers MB', pick: (s) => s.gpuMB.buffersMB, growth: 'buffersMBPct', budgeted: true },
  { label: 'GPU renderbuffers MB, 1 → 10', name: 'GPU renderbuffers MB', pick: (s) => s.gpuMB.renderbuffersMB, growth: 'renderbuffersMBPct', note: '(multisampling, depth)' },
];

/** A memory figure's growth budget: the text and the check of a growth in percent (none if unbudgeted). */
export const growthBudget = (figure, B) =>
  figure.budgeted ? { budget: `≤ +${B.growthPct} %`, pass: (pct) => pct <= B.growthPct } : { budget: figure.note, pass: null };

/** Lighthouse's metrics in milliseconds, as it names them, and as printed. */
export const LIGHTHOUSE_METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['speed-index', 'SI'],
  ['interactive', 'TTI'],
];

/** The page errors a build's rooms and tours collected, each tagged with where (`prefix` before the room). */
export const pageErrors = ({ rooms, tours, memory }, prefix = '') => [
  ...(rooms ?? []).flatMap((r) => (r.consoleErrors ?? []).map((e) => `[${prefix}${r.room}] ${e}`)),
  ...(tours?.moves ?? []).flatMap((t) => (t.consoleErrors ?? []).map((e) => `[${prefix}tour ${t.tour}] ${e}`)),
  ...(tours?.overview?.consoleErrors ?? []).map((e) => `[${prefix}overview] ${e}`),
  ...(memory?.consoleErrors ?? []).map((e) => `[${prefix}tours] ${e}`),
];

export const printPageErrors = (errors) =>
  console.log(errors.length ? `\npage errors:\n${errors.map((e) => `  ${e}`).join('\n')}` : '\nno page console errors');
