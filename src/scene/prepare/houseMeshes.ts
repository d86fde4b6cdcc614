// The house's meshes, built once per house in a worker (see houseMeshes.worker.ts) and kept for the page's life:
// a fresh canvas after a lost context makes its geometries from the same arrays. Where a worker cannot run or
// fails, the same build runs on the page.
import type { House } from '../../../rooms/validate';
import type { HouseMeshData } from './houseMeshData';

const built = new WeakMap<House, Promise<HouseMeshData>>();

function inWorker(house: House): Promise<HouseMeshData> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./houseMeshes.worker.ts', import.meta.url), { type: 'module', name: 'house-meshes' });
    worker.addEventListener('message', (e: MessageEvent<HouseMeshData>) => {
      worker.terminate();
      resolve(e.data);
    });
    worker.addEventListener('error', (e) => {
      worker.terminate();
      reject(e instanceof ErrorEvent ? e.error ?? new Error(e.message) : new Error('house mesh worker failed'));
    });
    worker.postMessage(house);
  });
}

export function houseMeshes(house: House): Promise<HouseMeshData> {
  let meshes = built.get(house);
  if (!meshes) {
    // Fetched only if needed: the worker carries the same code, and the page should not download it twice.
    const onPage = async () => (await import('./houseMeshData')).buildHouseMeshData(house);
    meshes = typeof Worker === 'undefined' ? onPage() : inWorker(house).catch(onPage);
    built.set(house, meshes);
  }
  return meshes;
}
