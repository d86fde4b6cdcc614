// Builds the house's meshes and paints its textures away from the page: some 250 ms of work here (more on a
// phone) that would otherwise freeze the page while the 3D view starts (the view's mount task 290–400 → 100–180 ms).
// It starts as soon as it is loaded (boot loads it before the app's own scripts), from the shapes of the house it
// carries: it needs nothing from the page.
import shape from 'virtual:house-shape';
import { unpackHouse } from '../../content/packedHouse';
import { buildHouseMeshData, buffersOfHouse, type HouseMeshData } from '../../scene/prepare/houseMeshData';
import { uniqueSurfaceTextures } from '../../scene/materials/surfaceTextures';
import { paintTexture } from '../../scene/materials/proceduralTextures';
import { paintBitmap } from '../../scene/materials/pictureCanvas';

/** Every texture as a bitmap; none where this worker cannot paint one (the page then paints them all). */
function paintTextures(): HouseMeshData['pictures'] {
  if (typeof OffscreenCanvas === 'undefined') return [];
  const pictures: HouseMeshData['pictures'] = [];
  for (const spec of uniqueSurfaceTextures()) {
    const picture = paintTexture(spec, paintBitmap);
    if (!picture) return [];
    pictures.push([spec.key, picture]);
  }
  return pictures;
}

const data = { ...buildHouseMeshData(unpackHouse(shape)), pictures: paintTextures() };
self.postMessage(data, { transfer: [...buffersOfHouse(data), ...data.pictures.map(([, p]) => p)] });
