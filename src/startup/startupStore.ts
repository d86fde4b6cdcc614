// The page's start-up, apart from the tour's own state: whether the 3D view is ready (the house has been drawn
// once), and how far along the way there it is, for the loading screen. The gate (StartupGate) and the steps
// before it write here; the loading screen and the warm-up frame read it.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** What the view waits for, in the order it usually comes, each counted once towards the loading bar: the house's
 *  meshes built, the GPU side awake, the renderer made, the shader programs queued, then linked, the textures and
 *  then the vertices sent to the GPU, and the first frame drawn (the view is then ready). */
export const STARTUP_STEPS = ['meshes', 'gpu', 'renderer', 'programs', 'links', 'textures', 'vertices', 'frame'] as const;

export type StartupStep = (typeof STARTUP_STEPS)[number];

export interface StartupState {
  /** The first frame with the house in it has been drawn: the loading screen goes. Stays true for the page's life
   *  (a fresh canvas after a lost context prepares again behind the same picture). */
  ready: boolean;
  /** The steps done so far. */
  done: readonly StartupStep[];
  stepDone(step: StartupStep): void;
}

export const startupStore = createStore<StartupState>()((set, get) => ({
  ready: false,
  done: [],
  stepDone(step) {
    const { done } = get();
    if (done.includes(step)) return;
    set({ done: [...done, step], ready: get().ready || step === 'frame' });
  },
}));

/** Steps done over steps to do, 0–100. */
export const progressPercent = (s: StartupState) => (100 * s.done.length) / STARTUP_STEPS.length;

export function useStartup<T>(selector: (state: StartupState) => T): T {
  return useStore(startupStore, selector);
}
