// Gzip weights of what the browser fetched, mapped back to the served build's files: each file counted once,
// compressed at gzip's default level (what a plain static server with compression would send).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

const gzipCache = new Map();
export function gzipBytes(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file)).length);
  return gzipCache.get(file);
}

export function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** The build's file a URL served by the preview server maps to, if any (index.html for the page itself). */
export function distFileFor(dist, url, base) {
  try {
    const u = new URL(url);
    if (u.origin !== new URL(base).origin) return null;
    const path = decodeURIComponent(u.pathname);
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    return file.startsWith(dist + sep) && existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** The module scripts and modulepreloads index.html names. */
export function entryScripts(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i'))?.[1];
    const isScript = /^<script/i.test(tag) && attr('type') === 'module' && attr('src');
    const isPreload = /^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href');
    if (!isScript && !isPreload) continue;
    const ref = isScript ? attr('src') : attr('href');
    if (/^[a-z]+:\/\//i.test(ref)) continue;
    const file = resolve(dist, ref.replace(/^\//, ''));
    if (existsSync(file)) files.add(file);
  }
  return [...files];
}

/** Gzip weight of a set of URLs, with the files it came to and the URLs that were not build files. */
export function weigh(dist, base, urls) {
  const files = [...new Set([...urls].map((u) => distFileFor(dist, u, base)).filter(Boolean))].sort();
  const rel = (f) => relative(dist, f).split(sep).join('/');
  return {
    gzipKB: kb(files.reduce((s, f) => s + gzipBytes(f), 0)),
    files: Object.fromEntries(files.map((f) => [rel(f), kb(gzipBytes(f))])),
    unmatched: [...urls].filter((u) => !distFileFor(dist, u, base) && !u.startsWith('data:') && !u.startsWith('blob:')),
  };
}

/**
 * A build's sizes from what its pages asked for. Initial: the scripts a room's page had asked for by its first
 * frame (the heaviest room's). The whole tour: the tours' requests plus every room's own first load. The guided
 * tours: what opening them fetched beyond a page's first load (`toursOnDemand` null: not measured). VR: what
 * entering VR fetched beyond the whole tour (`vr` null: VR was not benched).
 */
export function sizesOf({ dist, base, firstLoads, tourRequests, toursOnDemand, vr }) {
  const initial = firstLoads
    .filter((r) => r.ok)
    .map((r) => ({ room: r.room, ...weigh(dist, base, r.initialScripts) }))
    .sort((a, b) => b.gzipKB - a.gzipKB)[0] ?? { gzipKB: null, files: {} };
  const everything = new Set(tourRequests);
  for (const r of firstLoads) for (const u of r.initialScripts ?? []) everything.add(u);
  const tour = weigh(dist, base, everything);

  return {
    initialJs: initial,
    entryJsGzipKB: kb(entryScripts(dist).reduce((s, f) => s + gzipBytes(f), 0)),
    tourTransfer: tour,
    toursTransfer: toursOnDemand
      ? { opened: toursOnDemand.ok, ...(toursOnDemand.ok ? {} : { error: toursOnDemand.error }), ...weigh(dist, base, toursOnDemand.urls) }
      : null,
    vrTransfer: vr ? { entered: vr.entered, ...weigh(dist, base, vr.urls.filter((u) => !everything.has(u))) } : null,
    vrPresenting: vr?.presenting ?? [],
    wholeBuildGzipKB: kb(walk(dist).reduce((s, f) => s + gzipBytes(f), 0)),
  };
}
