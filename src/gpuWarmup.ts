// See gpuWarmup.worker.ts: wakes the GPU process in a worker while the 3D view's code is still downloading, so
// the view's own WebGL context does not block the page for the GPU's start-up.
import { retireWhenQuiet } from './workers/retireWhenQuiet';

/** Never wait longer than this for the worker: a slow one must not hold the view back. */
const WARMUP_LIMIT_MS = 4000;

let awake: Promise<void> | null = null;

/** Starts the warm-up (once a page); the promise settles when the GPU side is up, or the worker gave up. */
export function warmUpGpu(): Promise<void> {
  awake ??= new Promise<void>((resolve) => {
    if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return resolve();
    let worker: Worker;
    try {
      worker = new Worker(new URL('./gpuWarmup.worker.ts', import.meta.url), { type: 'module', name: 'gpu-warmup' });
    } catch {
      // A policy or browser that refuses the worker: nothing is lost but the head start.
      return resolve();
    }
    const done = () => {
      clearTimeout(limit);
      retireWhenQuiet(worker);
      resolve();
    };
    const limit = setTimeout(done, WARMUP_LIMIT_MS);
    worker.addEventListener('message', done);
    worker.addEventListener('error', done);
  });
  return awake;
}
