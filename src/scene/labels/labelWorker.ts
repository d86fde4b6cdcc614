// The page's side of the label worker: one worker for the page, started with the first label, answering each
// request by its id. Where it cannot run (no worker, no OffscreenCanvas, refused by a policy, or it failed) every
// request answers null, and the label is painted on the page instead.
import type { LabelStyle } from './paintPlate';
import type { LabelReply, LabelRequest } from './labelPainter.worker';

export interface LabelPicture {
  picture: ImageBitmap;
  widthPx: number;
}

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (reply: LabelPicture | null) => void>();

function giveUp(): void {
  worker?.terminate();
  worker = null;
  for (const answer of waiting.values()) answer(null);
  waiting.clear();
}

function labelWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./labelPainter.worker.ts', import.meta.url), { type: 'module', name: 'labels' });
  } catch {
    return (worker = null);
  }
  worker.addEventListener('message', (e: MessageEvent<LabelReply>) => {
    const answer = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    answer?.(e.data.picture ? { picture: e.data.picture, widthPx: e.data.widthPx } : null);
  });
  worker.addEventListener('error', giveUp);
  return worker;
}

/** The label's picture from the worker, or null where the page must paint it itself. */
export function paintInWorker(text: string, heightM: number, style: LabelStyle): Promise<LabelPicture | null> {
  const painter = labelWorker();
  if (!painter) return Promise.resolve(null);
  const id = nextId++;
  const request: LabelRequest = { id, text, heightM, style };
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    painter.postMessage(request);
  });
}
