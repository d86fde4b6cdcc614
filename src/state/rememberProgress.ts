// Carries the visitor's progress (rooms visited, objects seen) across visits: recalled once at start, stored
// whenever it grows. The store knows nothing of storage, so it stays testable without one.
import type { StoreApi } from 'zustand/vanilla';
import type { Progress, TourState } from './tourStore';
import { rememberedProgress } from './memory';

interface ProgressMemory {
  read(): Progress | null;
  write(progress: Progress): void;
}

export function rememberProgress(store: StoreApi<TourState>, memory: ProgressMemory = rememberedProgress): () => void {
  const remembered = memory.read();
  if (remembered) store.getState().recall(remembered);
  // Written at once too, so a damaged stored value is replaced by a sound one.
  memory.write(store.getState());
  return store.subscribe((state, previous) => {
    if (state.visitedRooms !== previous.visitedRooms || state.seenExhibits !== previous.seenExhibits) memory.write(state);
  });
}
