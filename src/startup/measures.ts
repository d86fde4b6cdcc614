// The start-up measures, each switchable at build time only, so that a build without one can be measured against
// one with it (Lighthouse A/B) without editing code:
//   STARTUP_OFF=gpu-warmup,compile-hints npx vite build --outDir /tmp/without
// vite.config.ts turns the list into one `define` per measure (`__STARTUP_OFF__.gpuWarmup` → true or false), so the
// path not taken is dead code and the minifier drops it: a default build is every measure on, and carries no switch.
// What each measure is for, and the figure that justified it: README.md beside this file.

export const STARTUP_MEASURES = [
  'paint-before-app',
  'gpu-warmup',
  'early-mesh-worker',
  'label-worker',
  'link-allowance',
  'shader-precompile',
  'warmup-frame',
  'mount-in-slices',
  'compile-hints',
  'retire-when-quiet',
  'hydrate-in-transition',
] as const;

export type StartupMeasure = (typeof STARTUP_MEASURES)[number];

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
/** The measure's name as the app's code reads it: `__STARTUP_OFF__.gpuWarmup`. */
type MeasureKey = Camel<StartupMeasure>;

declare global {
  /** Replaced at build time, member by member (see vite.config.ts): true where the build leaves that measure out. */
  const __STARTUP_OFF__: Readonly<Record<MeasureKey, boolean>>;
}

const keyOf = (measure: StartupMeasure) => measure.replace(/-(.)/g, (_, c: string) => c.toUpperCase()) as MeasureKey;

/** Vite's `define` for a comma-separated list of measures to leave out (STARTUP_OFF); an unknown name fails. */
export function startupDefines(offList = ''): Record<string, string> {
  const off = offList.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = off.filter((name) => !(STARTUP_MEASURES as readonly string[]).includes(name));
  if (unknown.length) throw new Error(`STARTUP_OFF names no measure "${unknown.join('", "')}"; the measures: ${STARTUP_MEASURES.join(', ')}`);
  return Object.fromEntries(STARTUP_MEASURES.map((m) => [`__STARTUP_OFF__.${keyOf(m)}`, String(off.includes(m))]));
}

/** Whether the build leaves `measure` out, for the build's own plugins (compile-hints). */
export const measureOff = (measure: StartupMeasure, offList = '') => startupDefines(offList)[`__STARTUP_OFF__.${keyOf(measure)}`] === 'true';
