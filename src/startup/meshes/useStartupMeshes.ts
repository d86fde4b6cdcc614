// What the scene waits for before its Canvas is made: the house's meshes (built in a worker since boot) and the
// GPU side awake (gpu/gpuWarmup.ts), so that the Canvas' own request for a context does not block the page.
import { use } from 'react';
import type { House } from '../../../rooms/validate';
import type { HouseMeshData } from '../../scene/prepare/houseMeshData';
import { tourStore } from '../../state/tourStore';
import { startupStore } from '../startupStore';
import { warmUpGpu } from '../gpu/gpuWarmup';
import { houseMeshes } from './houseMeshes';

// From the moment the 3D view's code arrives (boot started both already, unless measure `early-mesh-worker` is off).
void houseMeshes(tourStore.getState().house).then(() => startupStore.getState().stepDone('meshes'));
void warmUpGpu().then(() => startupStore.getState().stepDone('gpu'));

/** Suspends until the GPU side is awake and the house's meshes are built, then gives the meshes. */
export function useStartupMeshes(house: House): HouseMeshData {
  use(warmUpGpu());
  return use(houseMeshes(house));
}
