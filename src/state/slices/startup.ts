// Start-up flags (how far the 3D view has come), moved out by the start-up boundary: another branch moves these
// four into src/startup/, and this slice is deleted when the two are merged. Until then they are as they were.
import type { TourSlice } from '../tourStore';

export interface StartupSlice {
  sceneReady: boolean;
  /** Percent of the scene's downloads done (fonts and the like). */
  loadProgress: number;
  setSceneReady(ready: boolean): void;
  setLoadProgress(percent: number): void;
}

export const startupSlice: TourSlice<StartupSlice> = () => (set) => ({
  sceneReady: false,
  loadProgress: 0,
  setSceneReady: (sceneReady) => set({ sceneReady }),
  setLoadProgress: (loadProgress) => set({ loadProgress }),
});
