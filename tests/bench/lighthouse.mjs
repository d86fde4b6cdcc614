// Lighthouse in its default (mobile) setting against the served build: performance, accessibility and best
// practices, and the audits that did not pass. Run as its own process (the CLI), with Debian's Chromium through
// CHROME_PATH and the browser tests' flags, so WebGL draws through SwiftShader there too. Under SwiftShader on a
// shared CPU the performance score says more about the machine than about the tour; compare runs, not absolutes.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { errorLine } from './page.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const LIGHTHOUSE_TIMEOUT_MS = 240_000;
/** Lighthouse's own advice for a score that varies from run to run: run it several times, keep the median. */
export const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 5;
/** Audits scoring below this count as failing (Lighthouse shows them red or orange). */
const PASSING_SCORE = 0.9;

/** One Lighthouse run against `url`: its scores, metrics and failing audits, or { ok: false, error }. */
export async function runLighthouse({ url, chromePath, chromeArgs }) {
  const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'casa-lighthouse-'));
  const out = join(dir, 'report.json');
  const flags = ['--headless=new', ...new Set(['--no-sandbox', ...chromeArgs])];
  const args = [
    cli,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${flags.join(' ')}`,
  ];
  try {
    const { code, stderr } = await new Promise((resolve) => {
      const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      const timer = setTimeout(() => child.kill('SIGTERM'), LIGHTHOUSE_TIMEOUT_MS);
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve({ code: c, stderr: err });
      });
    });
    if (code !== 0) return { ok: false, error: `lighthouse exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` };
    const lhr = JSON.parse(readFileSync(out, 'utf8'));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
    const failing = {};
    for (const c of CATEGORIES) {
      failing[c] = (lhr.categories[c]?.auditRefs ?? [])
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a && a.score !== null && a.score < PASSING_SCORE && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
        .map((a) => ({ id: a.id, title: a.title, score: a.score, value: a.displayValue ?? null }));
    }
    const metric = (id) => lhr.audits[id]?.numericValue ?? null;
    return {
      ok: true,
      lighthouseVersion: lhr.lighthouseVersion,
      formFactor: lhr.configSettings?.formFactor,
      scores,
      metricsMs: Object.fromEntries(
        ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'interactive'].map((id) => [id, metric(id) === null ? null : Math.round(metric(id))]),
      ),
      failing,
      runWarnings: lhr.runWarnings ?? [],
    };
  } catch (err) {
    return { ok: false, error: errorLine(err) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The run with the median performance score, with every run's scores beside it. Under SwiftShader on two cores one
 * run's performance score moves by ten points or more between identical runs.
 */
export function summariseLighthouse(runs) {
  const done = runs.filter((r) => r.ok);
  if (!done.length) return runs[0];
  const byPerformance = [...done].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const median = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
  return {
    ...median,
    runs: runs.map((r) => (r.ok ? { scores: r.scores, metricsMs: r.metricsMs } : { error: r.error })),
  };
}
