// The objects of the house as the visitor meets them: the open caption, the highlighted hotspot, and the room's
// introduction card.
import type { RoomId } from '../../../rooms/schema';
import { headingTowardsDeg } from '../../plan/geometry';
import type { TourSlice } from '../tourStore';
import { cutsOnly, entrancePose, visitorMoves } from '../visitorMoves';
import { withItem } from './progress';

export interface ExhibitsSlice {
  /** The exhibit whose caption is open. */
  exhibitId: string | null;
  /** The exhibit a visitor points at or focuses in the list: its hotspot lights up. */
  highlightedExhibit: string | null;
  /** The room whose introduction card is showing; it shows on entering a room until dismissed. */
  introRoom: RoomId | null;

  /** Opens an exhibit's caption, in its own room, turning the visitor towards it. */
  openExhibit(id: string): void;
  closeExhibit(): void;
  highlightExhibit(id: string | null): void;
  dismissIntro(): void;
}

export const exhibitsSlice: TourSlice<ExhibitsSlice> = (first) => (set, get) => {
  const { cutTo, beginTravel } = visitorMoves(set, get);
  return {
    exhibitId: null,
    highlightedExhibit: null,
    introRoom: first.outdoor.id,

    openExhibit(id) {
      const { house } = get();
      const entry = house.exhibits[id];
      if (!entry) return;
      if (entry.roomId !== get().roomId) cutTo(entrancePose(house, entry.roomId));
      const { pose, travel, vr, guided } = get();
      // A caption opened during a guided tour is read at the visitor's pace: the tour waits.
      if (guided?.playing) set({ guided: { ...guided, playing: false } });
      set({ exhibitId: id, highlightedExhibit: id, seenExhibits: withItem(get().seenExhibits, id) });
      // In a headset the visitor turns their own head; the panel stands where they can see it.
      if ((travel && !travel.turnOnly) || vr === 'presenting') return;
      // Turn to face the object, from where the visitor stands.
      const headingDeg = headingTowardsDeg(pose, entry.exhibit.model);
      const end = { ...pose, headingDeg, pitchDeg: 0 };
      beginTravel({ kind: cutsOnly(get()) ? 'cut' : 'glide', turnOnly: true, waypoints: [pose], end });
    },
    closeExhibit: () => set({ exhibitId: null }),
    highlightExhibit: (highlightedExhibit) => set({ highlightedExhibit }),
    dismissIntro: () => set({ introRoom: null }),
  };
};
