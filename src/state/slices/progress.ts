// What the visitor has seen: the rooms stood in and the objects whose caption was opened, on this visit and on
// earlier ones (rememberProgress.ts carries them across visits).
import type { RoomId } from '../../../rooms/schema';
import type { TourSlice } from '../tourStore';

/** What a visitor has done on earlier visits, as stored: ids that may no longer exist are dropped on recall. */
export interface Progress {
  visitedRooms: readonly string[];
  seenExhibits: readonly string[];
}

export interface ProgressSlice {
  /** Rooms the visitor has stood in, on this visit and remembered ones. */
  visitedRooms: RoomId[];
  /** Exhibits whose caption the visitor has opened. */
  seenExhibits: string[];

  /** Adds what earlier visits remembered to this one's progress. */
  recall(progress: Progress): void;
}

/** The same array when it already holds the item, so that subscribers see no change. */
export const withItem = <T>(list: T[], item: T): T[] => (list.includes(item) ? list : [...list, item]);

export const progressSlice: TourSlice<ProgressSlice> = () => (set, get) => ({
  visitedRooms: [],
  seenExhibits: [],

  recall({ visitedRooms, seenExhibits }) {
    const now = get();
    const { house } = now;
    set({
      visitedRooms: house.order.filter((id) => now.visitedRooms.includes(id) || visitedRooms.includes(id)),
      seenExhibits: Object.keys(house.exhibits).filter((id) => now.seenExhibits.includes(id) || seenExhibits.includes(id)),
    });
  },
});
