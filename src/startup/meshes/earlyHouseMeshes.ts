// The mesh worker (workers/houseMeshes.worker.ts), started by boot before the app's scripts are even fetched: the
// meshes are then ready about when the 3D view's code is, instead of ~380 ms after it. Measure `early-mesh-worker`
// (off: the 3D view's code starts it as it arrives). Kept apart from houseMeshes.ts so boot carries none of the app.
// Alone, leaving it out moved Lighthouse within the noise (98 vs 96, 7 interleaved runs each); with gpu-warmup,
// label-worker and retire-when-quiet also left out, median 90 vs 95.5 (TBT 387 vs 223 ms): kept (src/startup/README.md).
import type { HouseMeshData } from '../../scene/prepare/houseMeshData';
import { callWorker } from '../workers/callWorker';

let early: Promise<HouseMeshData | null> | null = null;

/** Starts building the shipped house's meshes in a worker (once a page); null where the worker cannot be made or
 *  fails, for the page to build them itself. */
export function buildShippedHouseMeshes(): Promise<HouseMeshData | null> {
  early ??= callWorker<HouseMeshData | null>(
    () => new Worker(new URL('../workers/houseMeshes.worker.ts', import.meta.url), { type: 'module', name: 'house-meshes' }),
    { fallback: () => null },
  );
  return early;
}
