// A service worker's side of workerService (callWorker.ts): each request is answered under its own id, with
// whatever the answer holds that can be moved rather than copied (bitmaps, buffers).
import type { Envelope } from './workerService';

export function answerRequests<Q, R>(answer: (request: Q) => Promise<R>, movable: (reply: R) => Transferable[]): void {
  self.addEventListener('message', (e: MessageEvent<Envelope<Q>>) => {
    const { id, body } = e.data;
    void answer(body).then((reply) => self.postMessage({ id, body: reply } satisfies Envelope<R>, { transfer: movable(reply) }));
  });
}
