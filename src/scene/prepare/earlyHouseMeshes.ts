// The mesh worker, started by boot.ts before the app's scripts are even fetched: the meshes are then ready about
// when the 3D view's code is, instead of some 400 ms after it. Kept apart from houseMeshes.ts so boot carries
// none of the app.
import type { HouseMeshData } from './houseMeshData';
import { retireWhenQuiet } from '../../workers/retireWhenQuiet';

let early: Promise<HouseMeshData> | null = null;

/** A worker that cannot be made (none in this browser, or refused by a policy) rejects, as one that fails does. */
function inWorker(): Promise<HouseMeshData> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./houseMeshes.worker.ts', import.meta.url), { type: 'module', name: 'house-meshes' });
    worker.addEventListener('message', (e: MessageEvent<HouseMeshData>) => {
      retireWhenQuiet(worker);
      resolve(e.data);
    });
    worker.addEventListener('error', (e) => {
      worker.terminate();
      reject(e instanceof ErrorEvent ? (e.error ?? new Error(e.message)) : new Error('house mesh worker failed'));
    });
  });
}

/** Starts building the shipped house's meshes in a worker (once a page); rejects where workers cannot run. */
export function buildShippedHouseMeshes(): Promise<HouseMeshData> {
  if (!early) {
    early = inWorker();
    // Whoever asks later handles the failure; this stops it being reported as unhandled meanwhile.
    early.catch(() => {});
  }
  return early;
}
