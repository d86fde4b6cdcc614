// The page's side of the label worker (labelPainter.worker.ts): one worker for the page, started with the first
// label, answering each request by its id. Where it cannot run (no worker, no OffscreenCanvas, refused by a
// policy, or it failed) every request answers null, and the label is painted on the page instead.
// Measure `label-worker` (the page's first 2D canvas blocked it 30–60 ms). Alone, leaving it out moved Lighthouse
// within the noise (94 vs 96, 7 interleaved runs each); with gpu-warmup, early-mesh-worker and retire-when-quiet
// also left out, median 90 vs 95.5 (TBT 387 vs 223 ms): kept (src/startup/README.md).
import type { LabelStyle } from '../../scene/labels/paintPlate';
import type { LabelReply, LabelRequest } from './labelPainter.worker';
import { workerService } from './workerService';

const noPicture = (): LabelReply => null;

const painter = workerService<LabelRequest, LabelReply>(
  () =>
    // Measure `label-worker`: the page's first 2D canvas blocked its main thread 30–60 ms (Lighthouse traces).
    __STARTUP_OFF__.labelWorker || typeof OffscreenCanvas === 'undefined'
      ? null
      : new Worker(new URL('./labelPainter.worker.ts', import.meta.url), { type: 'module', name: 'labels' }),
  noPicture,
);

/** The label's picture from the worker, or null where the page must paint it itself. */
export const paintInWorker = (text: string, heightM: number, style: LabelStyle): Promise<LabelReply> => painter({ text, heightM, style });
