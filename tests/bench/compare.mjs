// The bench's printout for several builds measured in one run: every figure once per build, side by side, with
// each build's ratio to the reference (the first build) and, where the figure has a budget, each build's verdict.
// A ratio is this build's figure over the reference's, whichever way is better for that figure. Never fails.
import { printEraTable } from './eras.mjs';
import {
  formatValue,
  growthBudget,
  LIGHTHOUSE_METRICS,
  mean,
  median,
  MEMORY_FIGURES,
  pageErrors,
  printPageErrors,
  ROOM_FIGURES,
  roomFigures,
  sizeFigures,
  TOUR_FIGURES,
  tourFigures,
  tourSummary,
} from './figures.mjs';
import { printFailingAudits } from './report.mjs';

const LABEL_WIDTH = 32;
/** Wide enough for a guided tour's id in the room's place. */
const ROOM_WIDTH = 22;
const CELL_WIDTH = 30;

const pad = (v, n) => String(v ?? '—').padEnd(n);
const verdict = (ok) => (ok === null || ok === undefined ? '' : ok ? ' ok' : ' MISSED');
const ratio = (value, reference) =>
  typeof value === 'number' && typeof reference === 'number' && reference !== 0 ? ` ×${(value / reference).toFixed(2)}` : '';

/**
 * One line: a label, a room (or blank), then per build `label value (detail) ×ratio verdict`. `cells` holds one
 * { figure, value, detail, ok } per build, in the builds' order.
 */
function line(builds, label, room, cells, budget = '') {
  const reference = cells[0].value;
  const text = cells.map((c, i) => {
    const detail = c.detail ? ` (${c.detail})` : '';
    return pad(`${builds[i].label} ${formatValue(c.figure, c.value)}${detail}${i ? ratio(c.value, reference) : ''}${verdict(c.ok)}`, CELL_WIDTH);
  });
  const where = room ? `${pad(label, LABEL_WIDTH)}${pad(room, ROOM_WIDTH)}` : pad(label, LABEL_WIDTH + ROOM_WIDTH);
  console.log(`${where}${text.join(' ')}${budget ? `  ${budget}` : ''}`.trimEnd());
}

/** Figures computed per build by `figuresOf` (the same list for every build), a line each. */
function figureLines(builds, figuresOf) {
  const perBuild = builds.map(figuresOf);
  perBuild[0].forEach((first, k) => {
    const cells = perBuild.map((figures) => {
      const f = figures[k];
      return { figure: f, value: f.value, detail: f.detail, ok: f.pass && f.value !== null ? f.pass(f.value) : null };
    });
    line(builds, first.label, '', cells, first.budget);
  });
}

function roomLines(builds) {
  const rooms = [...new Set(builds.flatMap((b) => b.rooms.map((r) => r.room)))];
  console.log('\nper room (see the one-build printout for what each figure times):');
  for (const figure of ROOM_FIGURES) {
    for (const room of rooms) {
      const cells = builds.map((b) => {
        const r = b.rooms.find((x) => x.room === room);
        return { figure, value: r?.ok ? (figure.pick(r) ?? null) : null, detail: r && !r.ok ? 'FAILED' : null };
      });
      line(builds, figure.label, room, cells);
    }
  }
}

/** Per guided tour, each figure once per build; a build that lacks a tour (or failed it) shows — there. */
function tourLines(builds, B) {
  const ids = [...new Set(builds.flatMap((b) => b.tours.moves.map((t) => t.tour)))];
  for (const b of builds) if (b.tours.error) console.log(`guided tours (${b.label}): ${b.tours.error}`);
  console.log('\nguided tours, per tour (see the one-build printout for what each figure times):');
  for (const figure of TOUR_FIGURES) {
    for (const id of ids) {
      const cells = builds.map((b) => {
        const t = b.tours.moves.find((x) => x.tour === id);
        return { figure, value: t?.ok ? (figure.pick(tourSummary(t)) ?? null) : null, detail: t && !t.ok ? 'FAILED' : null };
      });
      line(builds, figure.label, id, cells);
    }
  }
  console.log('\nover the guided tours:');
  figureLines(builds, (b) => tourFigures(b.tours, B));
}

function memoryLines(builds, B) {
  const failed = builds.filter((b) => !b.memory.ok);
  for (const b of failed) console.log(`memory (${b.label}): FAILED: ${b.memory.error}`);
  if (failed.length === builds.length) return;
  for (const figure of MEMORY_FIGURES) {
    const { budget, pass } = growthBudget(figure, B);
    const cells = builds.map(({ memory: m }) => {
      const pct = m.ok ? m.growth[figure.growth] : null;
      return {
        figure: { decimals: undefined },
        value: m.ok ? figure.pick(m.afterTen) : null,
        detail: pct === null ? null : `${pct >= 0 ? '+' : ''}${pct} %`,
        ok: pass && pct !== null ? pass(pct) : null,
      };
    });
    line(builds, `${figure.name} after 10 (growth from 1)`, '', cells, budget);
  }
}

function vrLines(builds, B) {
  for (const b of builds) if (!b.vr.entered) console.log(`\nVR (${b.label}): did not enter${b.vr.error ? `: ${b.vr.error}` : ''}`);
  const rooms = [...new Set(builds.flatMap((b) => b.vr.presenting.map((f) => f.room)))];
  if (!rooms.length) return;
  console.log(`\nin the headset (emulator), per frame of both eyes — budget ≤ ${B.vrDrawCalls} draws, < ${B.vrTriangles / 1e6}M triangles:`);
  const figures = [
    { label: 'VR draw calls', pick: (f) => f.drawCalls, pass: (v) => v <= B.vrDrawCalls },
    { label: 'VR triangles', pick: (f) => f.triangles, pass: (v) => v < B.vrTriangles },
    { label: 'VR fps (emulator)', pick: (f) => f.fps, decimals: 1 },
  ];
  for (const figure of figures) {
    for (const room of rooms) {
      const cells = builds.map((b) => {
        const f = b.vr.presenting.find((x) => x.room === room);
        const value = f ? figure.pick(f) : null;
        return { figure, value, ok: figure.pass && value !== null ? figure.pass(value) : null, detail: f && !room.startsWith(f.current) ? `in ${f.current}` : null };
      });
      line(builds, figure.label, room, cells);
    }
  }
}

/** Each build's Lighthouse runs in order, then their median and mean, for the performance score and for TBT. */
function lighthouseLines(builds) {
  const first = builds.find((b) => b.lighthouse.ok)?.lighthouse;
  const runs = builds[0].lighthouse.runs?.length ?? 1;
  console.log(
    `\nLighthouse ${first?.lighthouseVersion ?? ''} (${first?.formFactor ?? '—'}, simulated throttling, SwiftShader), ` +
      `${runs} run${runs > 1 ? 's' : ''} per build, interleaved:`,
  );
  const perRun = (b, pick) => (b.lighthouse.runs ?? [b.lighthouse]).map((r) => (r.scores ? pick(r) : null));
  const series = [
    { label: 'performance', pick: (r) => r.scores.performance, figure: {} },
    { label: 'TBT', pick: (r) => r.metricsMs['total-blocking-time'], figure: { unit: 'ms' } },
  ];
  for (const { label, pick } of series) {
    for (const b of builds) {
      const values = perRun(b, pick);
      console.log(`  ${pad(label, 13)}${pad(b.label, 12)}runs ${values.map((v) => v ?? 'failed').join(', ')}`);
    }
  }
  for (const { label, pick, figure } of series) {
    for (const [name, of] of [['median', median], ['mean', mean]]) {
      const cells = builds.map((b) => ({ figure: { ...figure, decimals: name === 'mean' ? 1 : undefined }, value: of(perRun(b, pick), { evenCount: 'mean' }) }));
      line(builds, `${label} (${name} of runs)`, '', cells);
    }
  }
  const summary = (b) => (b.lighthouse.ok ? b.lighthouse : null);
  console.log("the median run's (the summary's, by performance score):");
  for (const category of ['accessibility', 'best-practices']) line(builds, category, '', builds.map((b) => ({ figure: {}, value: summary(b)?.scores[category] ?? null })));
  for (const [id, name] of LIGHTHOUSE_METRICS) line(builds, name, '', builds.map((b) => ({ figure: { unit: 'ms' }, value: summary(b)?.metricsMs[id] ?? null })));
  for (const b of builds) {
    if (!b.lighthouse.ok) console.log(`  ${b.label}: FAILED: ${b.lighthouse.error}`);
    else printFailingAudits(b.lighthouse.failing, `  ${b.label} · `);
  }
}

export function printComparison({ budgets: B, builds }) {
  const [reference] = builds;
  console.log(`\nbuilds: ${builds.map((b) => `${b.label} = ${b.build}`).join(' · ')}`);
  console.log(`each figure per build; ×: over ${reference.label}'s (the reference); ok/MISSED: that build against the budget`);
  if (reference.rooms) {
    roomLines(builds);
    console.log('\nover all rooms:');
    figureLines(builds, (b) => roomFigures(b.rooms, B));
  }
  // Each build's own table: an era's change is compared by reading the tables side by side.
  if (reference.eras) for (const b of builds) printEraTable(b.eras, B, b.label);
  if (reference.sizes) {
    console.log('\nsizes:');
    figureLines(builds, (b) => [
      ...sizeFigures(b.sizes, B),
      { label: 'entry JS (index.html), gzip', value: b.sizes.entryJsGzipKB, unit: 'KB' },
      { label: 'all files of the build, gzip', value: b.sizes.wholeBuildGzipKB, unit: 'KB' },
    ]);
  }
  if (reference.tours) tourLines(builds, B);
  if (reference.vr) vrLines(builds, B);
  if (reference.memory) {
    console.log('\nmemory after ten tours (growth from one):');
    memoryLines(builds, B);
  }
  if (reference.lighthouse) lighthouseLines(builds);
  printPageErrors(builds.flatMap((b) => pageErrors(b, `${b.label} · `)));
}
