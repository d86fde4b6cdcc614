// The page's one way to hand work to a module worker, in two forms:
// - callWorker: a worker that starts on its own and answers once (the GPU warm-up, the house's meshes);
// - workerService (workerService.ts): a long-lived worker answering many requests by id (the labels).
// Where the worker cannot be made (no Worker in this browser, refused by a policy), fails, or does not answer in
// time, the caller's fallback answers instead: a value, or the same work done on the page.
// `start` makes the worker: `() => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`,
// written out at the call site, where Vite finds the worker to bundle it; or null where it cannot help here.
import { retireWhenQuiet } from './retireWhenQuiet';

export interface CallOptions<T> {
  /** Given up on after this long (the fallback answers); none: waited for as long as it takes. */
  timeoutMs?: number;
  /** The answer where the worker gives none. */
  fallback(): T | Promise<T>;
}

/** Starts a worker and settles with its first message, or with the fallback. */
export function callWorker<T>(start: () => Worker | null, { timeoutMs, fallback }: CallOptions<T>): Promise<T> {
  let made: Worker | null;
  try {
    made = start();
  } catch {
    made = null;
  }
  if (!made) return Promise.resolve().then(fallback);
  const worker = made;
  return new Promise<T>((resolve) => {
    let limit: ReturnType<typeof setTimeout> | undefined;
    const settle = (answer: () => T | Promise<T>) => {
      clearTimeout(limit);
      worker.removeEventListener('message', answered);
      worker.removeEventListener('error', failed);
      resolve(Promise.resolve().then(answer));
    };
    const answered = (e: MessageEvent<T>) => {
      retireWhenQuiet(worker);
      settle(() => e.data);
    };
    // A worker that failed holds no GPU work that ending it would wait on: it is ended at once.
    const failed = () => {
      worker.terminate();
      settle(fallback);
    };
    worker.addEventListener('message', answered);
    worker.addEventListener('error', failed);
    // One that is late may still be busy with the GPU: it is left to finish, and ended later.
    if (timeoutMs !== undefined)
      limit = setTimeout(() => {
        retireWhenQuiet(worker);
        settle(fallback);
      }, timeoutMs);
  });
}
