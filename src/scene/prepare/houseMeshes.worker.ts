// Builds the house's meshes and paints its textures away from the page: some 250 ms of work here (more on a
// phone) that would otherwise freeze the page while the 3D view starts.
import type { House } from '../../../rooms/validate';
import { buildHouseMeshData, buffersOfHouse } from './houseMeshData';
import { paintTextures } from './paintTextures';
import { uniqueSurfaceTextures } from '../materials/surfaceTextures';

self.addEventListener('message', (e: MessageEvent<House>) => {
  const data = { ...buildHouseMeshData(e.data), pictures: paintTextures(uniqueSurfaceTextures()) };
  self.postMessage(data, { transfer: [...buffersOfHouse(data), ...data.pictures.map(([, p]) => p)] });
});
