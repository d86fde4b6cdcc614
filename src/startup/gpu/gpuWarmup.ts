// Wakes the GPU process in a worker (gpuWarmup.worker.ts) while the 3D view's code is still downloading, so the
// view's own WebGL context does not block the page for the GPU's start-up: the view's getContext 470–620 ms → 8 ms
// here, its first frame 2.9–3.5 s → 1.8–2.2 s. Measure `gpu-warmup`. Alone, leaving it out moved Lighthouse
// within the noise (95 vs 96, 7 interleaved runs each); with early-mesh-worker, label-worker and retire-when-quiet
// also left out, median 90 vs 95.5 (TBT 387 vs 223 ms, 6 runs each): kept (see src/startup/README.md).
import { callWorker } from '../workers/callWorker';

/** Never wait longer than this for the worker: a slow one must not hold the view back. */
const WARMUP_LIMIT_MS = 4000;

let awake: Promise<void> | null = null;

/** Starts the warm-up (once a page); the promise settles when the GPU side is up, or the worker gave up. A worker
 *  that cannot be made (a policy, a browser without OffscreenCanvas) loses nothing but the head start. */
export function warmUpGpu(): Promise<void> {
  awake ??= callWorker<unknown>(
    () =>
      __STARTUP_OFF__.gpuWarmup || typeof OffscreenCanvas === 'undefined'
        ? null
        : new Worker(new URL('../workers/gpuWarmup.worker.ts', import.meta.url), { type: 'module', name: 'gpu-warmup' }),
    { timeoutMs: WARMUP_LIMIT_MS, fallback: () => false },
  ).then(() => {});
  return awake;
}
