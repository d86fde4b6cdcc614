// Builds the house's meshes and paints its textures away from the page: some 250 ms of work here (more on a
// phone) that would otherwise freeze the page while the 3D view starts. It starts as soon as it is loaded (boot.ts
// loads it before the app's own scripts), from the shapes of the house it carries: it needs nothing from the page.
import shape from 'virtual:house-shape';
import { unpackHouse } from '../../content/packedHouse';
import { buildHouseMeshData, buffersOfHouse } from './houseMeshData';
import { paintTextures } from './paintTextures';
import { uniqueSurfaceTextures } from '../materials/surfaceTextures';

const data = { ...buildHouseMeshData(unpackHouse(shape)), pictures: paintTextures(uniqueSurfaceTextures()) };
self.postMessage(data, { transfer: [...buffersOfHouse(data), ...data.pictures.map(([, p]) => p)] });
