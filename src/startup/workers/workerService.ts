// The request/reply form of callWorker.ts (which says how workers are started and fall back): a long-lived
// worker answering many requests by id, the label worker. Its side: answerRequests.ts.
// Apart from callWorker.ts so that boot's chunk, which carries callWorker, shares no module with the labels'.

/** The envelope a service request and its reply travel in. */
export interface Envelope<T> {
  id: number;
  body: T;
}

/**
 * A worker started with the first request and kept for the page's life, each request answered by its id. Where
 * it cannot be made, or once it has failed, every request (waiting or new) gets `fallback(request)`.
 */
export function workerService<Q, R>(start: () => Worker | null, fallback: (request: Q) => R | Promise<R>): (request: Q) => Promise<R> {
  let worker: Worker | null | undefined;
  let nextId = 1;
  const waiting = new Map<number, { request: Q; resolve(reply: R | Promise<R>): void }>();
  const failed = () => {
    worker?.terminate();
    worker = null;
    for (const { request, resolve } of waiting.values()) resolve(fallback(request));
    waiting.clear();
  };
  const started = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      worker = start();
    } catch {
      worker = null;
    }
    if (!worker) return null;
    worker.addEventListener('message', (e: MessageEvent<Envelope<R>>) => {
      waiting.get(e.data.id)?.resolve(e.data.body);
      waiting.delete(e.data.id);
    });
    worker.addEventListener('error', failed);
    return worker;
  };
  return (request) => {
    const service = started();
    if (!service) return Promise.resolve().then(() => fallback(request));
    const id = nextId++;
    return new Promise<R>((resolve) => {
      waiting.set(id, { request, resolve });
      service.postMessage({ id, body: request } satisfies Envelope<Q>);
    });
  };
}
