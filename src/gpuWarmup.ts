// See gpuWarmup.worker.ts: wakes the GPU process in a worker while the 3D view's code is still downloading, so
// the view's own WebGL context does not block the page for the GPU's start-up.

/** Never wait longer than this for the worker: a slow one must not hold the view back. */
const WARMUP_LIMIT_MS = 4000;
/** The warm-up context is let go once the view has drawn (endGpuWarmup), or after this in any case (a text tour
 *  never draws). */
const KEEP_AT_MOST_MS = 20_000;

let awake: Promise<void> | null = null;
let worker: Worker | null = null;

/** Lets the warm-up's context go. Destroying a context keeps the GPU busy (99 ms under a software GPU here): done
 *  as soon as the worker answered, that work fell just before the view made its own context, which waited for it. */
export function endGpuWarmup(): void {
  worker?.terminate();
  worker = null;
}

/** Starts the warm-up (once a page); the promise settles when the GPU side is up, or the worker gave up. */
export function warmUpGpu(): Promise<void> {
  awake ??= new Promise<void>((resolve) => {
    if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return resolve();
    try {
      worker = new Worker(new URL('./gpuWarmup.worker.ts', import.meta.url), { type: 'module', name: 'gpu-warmup' });
    } catch {
      // A policy or browser that refuses the worker: nothing is lost but the head start.
      return resolve();
    }
    const limit = setTimeout(() => {
      endGpuWarmup();
      resolve();
    }, WARMUP_LIMIT_MS);
    const done = () => {
      clearTimeout(limit);
      setTimeout(endGpuWarmup, KEEP_AT_MOST_MS);
      resolve();
    };
    worker.addEventListener('message', done);
    worker.addEventListener('error', done);
  });
  return awake;
}
