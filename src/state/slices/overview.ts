// The overview: the whole compound seen from above, roofs and ceilings cut away (a "dollhouse"). The visitor keeps
// their place in the house while it is open; choosing a room flies them into it, at its entrance.
import type { RoomId } from '../../../rooms/schema';
import type { TourSlice } from '../tourStore';
import { entrancePose, visitorMoves } from '../visitorMoves';

export interface OverviewSlice {
  /** The overview is open: the scene shows the house from above and the guide lists its rooms to fly into. */
  overview: boolean;

  openOverview(): void;
  /** Back to the visitor's own eyes, where they stood. */
  closeOverview(): void;
  /** Out of the overview and into a room, at its entrance (the scene plays the flight down). */
  flyIntoRoom(roomId: RoomId): void;
}

export const overviewSlice: TourSlice<OverviewSlice> = () => (set, get) => {
  const { cutTo } = visitorMoves(set, get);
  return {
    overview: false,

    openOverview() {
      // Captions and room introductions belong to the visitor's eyes, not to the view from above.
      set({ overview: true, exhibitId: null, introRoom: null, highlightedExhibit: null });
    },
    closeOverview: () => set({ overview: false }),
    flyIntoRoom(roomId) {
      const { house } = get();
      if (!house.rooms[roomId]) return;
      cutTo(entrancePose(house, roomId));
      set({ overview: false, introRoom: roomId });
    },
  };
};
