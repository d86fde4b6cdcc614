// The house's meshes, built once per house and kept for the page's life: a fresh canvas after a lost context
// makes its geometries from the same arrays. The shipped house is built in a worker that boot started (see
// earlyHouseMeshes.ts); where a worker cannot run or fails, or for any other house, the same build runs here.
import type { House } from '../../../rooms/validate';
import { house as shippedHouse } from '../../content/house';
import { buildShippedHouseMeshes } from './earlyHouseMeshes';
import type { HouseMeshData } from '../../scene/prepare/houseMeshData';

const built = new WeakMap<House, Promise<HouseMeshData>>();

export function houseMeshes(house: House): Promise<HouseMeshData> {
  let meshes = built.get(house);
  if (!meshes) {
    // Fetched only if needed: the worker carries the same code, and the page should not download it twice.
    const onPage = async () => (await import('../../scene/prepare/houseMeshData')).buildHouseMeshData(house);
    meshes = house === shippedHouse ? buildShippedHouseMeshes().then((early) => early ?? onPage()) : onPage();
    built.set(house, meshes);
  }
  return meshes;
}
