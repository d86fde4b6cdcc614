// A worker that has done its job is ended later, once the page is quiet, not the moment it answers. Ending a
// worker makes the page's main thread wait for the worker's thread to exit (Chromium joins it), and while the page
// is starting that exit waits in turn on a busy GPU process, since the worker's WebGL context is torn down on the
// way. Traced under Lighthouse here: 10–80 ms of blocked main thread per worker, the longest tasks of the start
// (interleaved runs, six each: performance median 85 against 82). Measure `retire-when-quiet`. Alone, leaving it out
// moved Lighthouse within the noise (96 vs 96, 7 interleaved runs each); with gpu-warmup, early-mesh-worker and
// label-worker also left out, median 90 vs 95.5 (TBT 387 vs 223 ms): kept (src/startup/README.md).

/** Long enough for the first frame and the first look around to be over. */
const RETIRE_AFTER_MS = 10_000;
/** An idle moment is waited for at most this long after that. */
const IDLE_WAIT_LIMIT_MS = 5_000;

export function retireWhenQuiet(worker: Worker): void {
  const end = () => worker.terminate();
  if (__STARTUP_OFF__.retireWhenQuiet) return end();
  setTimeout(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(end, { timeout: IDLE_WAIT_LIMIT_MS });
    else end();
  }, RETIRE_AFTER_MS);
}
