// The builds a bench run measures, each copied aside and served by its own Vite preview server for the whole run.
// One build (TOUR_DIST, default dist/) as always; or BENCH_BUILDS=label:/path,label2:/path2,… (the first is the
// reference the others are compared with); or BENCH_AGAINST=<git ref>, which builds that commit in a temporary
// checkout and compares the current build ("this") with it (labelled by its short hash, and the reference).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { preview } from 'vite';

const COPY_ATTEMPTS = 5;
const COPY_RETRY_MS = 2000;

/** Temporary folders to remove when the process ends, however it ends. */
const temporary = [];
const removeTemporary = () => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
};
process.on('exit', removeTemporary);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const tempDir = (prefix) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

/** `label:/path` pairs; a path may itself hold a colon, the label may not. */
function parseBuildList(list, cwd) {
  const builds = list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const at = item.indexOf(':');
      if (at <= 0) throw new Error(`bench: BENCH_BUILDS item "${item}" is not label:/path`);
      return { label: item.slice(0, at), path: resolve(cwd, item.slice(at + 1)) };
    });
  if (builds.length < 2) throw new Error('bench: BENCH_BUILDS needs two builds or more (label:/path,label2:/path2)');
  const labels = builds.map((b) => b.label);
  if (new Set(labels).size !== labels.length) throw new Error(`bench: BENCH_BUILDS labels must differ (${labels.join(', ')})`);
  return builds;
}

/**
 * Builds commit `ref` of the repository at `root` into a temporary folder: its files through `git archive` (the
 * repository's worktrees are left alone), this checkout's node_modules linked in, then `vite build`. The checkout
 * is removed when the process ends.
 */
function buildCommit(root, ref) {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const hash = git('rev-parse', '--short', `${ref}^{commit}`);
  const checkout = tempDir(`casa-bench-${hash}-`);
  process.stdout.write(`bench: building ${ref} (${hash}) in ${checkout} …`);
  const archive = spawnSync('git', ['archive', '--format=tar', hash], { cwd: root, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`bench: git archive ${hash} failed: ${archive.stderr}`);
  const untar = spawnSync('tar', ['-x', '-C', checkout], { input: archive.stdout, maxBuffer: 1 << 30 });
  if (untar.status !== 0) throw new Error(`bench: unpacking ${hash} failed: ${untar.stderr}`);
  symlinkSync(join(root, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  const outDir = join(checkout, 'dist');
  const built = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'warn'], { cwd: checkout, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`bench: vite build of ${hash} failed:\n${built.stdout}${built.stderr}`);
  process.stdout.write(' done\n');
  return { label: hash, path: outDir, ref };
}

/** The builds named by the environment, the reference first. */
export function buildsToBench(root, env = process.env, cwd = process.cwd()) {
  const current = resolve(cwd, env.TOUR_DIST ?? join(root, 'dist'));
  if (env.BENCH_BUILDS && env.BENCH_AGAINST) throw new Error('bench: give BENCH_BUILDS or BENCH_AGAINST, not both');
  if (env.BENCH_BUILDS) return parseBuildList(env.BENCH_BUILDS, cwd);
  if (env.BENCH_AGAINST) {
    assertBuilt(current);
    return [buildCommit(root, env.BENCH_AGAINST), { label: 'this', path: current }];
  }
  return [{ label: 'this', path: current }];
}

export function assertBuilt(path) {
  if (existsSync(join(path, 'index.html'))) return;
  console.error(`bench: ${path}/index.html not found; run \`vite build\` first (npm run bench does).`);
  process.exit(1);
}

/** The build, copied: a `vite build` started meanwhile (another terminal, the tests) cannot swap files under it. */
export async function snapshotBuild(build) {
  const dist = join(tempDir('casa-bench-'), 'dist');
  const complete = () => {
    const index = join(dist, 'index.html');
    if (!existsSync(index)) return false;
    const refs = [...readFileSync(index, 'utf8').matchAll(/\b(?:src|href)\s*=\s*["'](\.?\/?assets\/[^"']+)["']/g)];
    return refs.every(([, ref]) => existsSync(resolve(dist, ref.replace(/^\//, ''))));
  };
  // Retry if a build was half-written while copying.
  for (let attempt = 1; ; attempt++) {
    rmSync(dist, { recursive: true, force: true });
    cpSync(build, dist, { recursive: true });
    if (complete() || attempt === COPY_ATTEMPTS) break;
    await new Promise((r) => setTimeout(r, COPY_RETRY_MS));
  }
  return dist;
}

/**
 * Serves a build with Vite's preview server on a free port. The server's settings (its Content-Security-Policy
 * header) come from this checkout's vite.config.ts, so every build compared is served the same way.
 */
export async function serveBuild(root, dist) {
  const server = await preview({
    root,
    logLevel: 'silent',
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
  return { base, close: () => new Promise((res) => server.httpServer.close(() => res())) };
}
