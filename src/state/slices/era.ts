// The moment of the house's history the visitor sees: today's museum by default, or an earlier state (moving in,
// the night of the raid, the fortress). Each era is a house of its own, validated at build time; the others than
// today's are fetched when first asked for and lent to the store (connectEras), and changing era swaps the house in
// place: the visitor stays where they stand, if they still can.
import type { House } from '../../../rooms/validate';
import type { Evidence, Localized } from '../../../rooms/schema';
import { canStand } from '../../plan/walkable';
import type { TourSlice } from '../tourStore';
import { entrancePose, visitorMoves } from '../visitorMoves';

/** What the eras' code lends the store once it has loaded: each era's house, and what changed in each room. */
export interface ErasKit {
  houses: Readonly<Record<string, House>>;
  changes: Readonly<Record<string, Readonly<Record<string, readonly { note: Localized; evidence: Evidence }[]>>>>;
}

export interface EraSlice {
  /** The era the house is shown in. */
  era: string;
  /** The era the house starts in (today's museum): the address leaves it out. */
  defaultEra: string;
  /** Every era, oldest first, as the address writes them. */
  eraIds: readonly string[];
  /** An era was asked for before its house arrived: the eras' code is fetched, and the era applied when it lends it. */
  pendingEra: string | null;
  erasKit: ErasKit | null;

  /** The time control or the address asks for an era; an unknown one gives a notice and keeps the house as it is. */
  requestEra(id: string): void;
  connectEras(kit: ErasKit): () => void;
}

export const eraSlice =
  (eraIds: readonly string[], defaultEra: string): TourSlice<EraSlice> =>
  () =>
  (set, get) => {
    const { placeAt } = visitorMoves(set, get);

    /** The house of another era: same rooms and ids, some things changed. The visitor keeps their place where it
     *  still exists; a caption of an object the era does not have closes. */
    function applyEra(era: string, house: House) {
      const { roomId, pose, exhibitId, highlightedExhibit } = get();
      // In the same change as the house: no view may see a room the new house lacks, even for one render.
      const room = house.rooms[roomId] ? roomId : house.outdoor.id;
      set({
        era,
        house,
        roomId: room,
        pendingEra: null,
        travel: null,
        exhibitId: exhibitId && house.exhibits[exhibitId] ? exhibitId : null,
        highlightedExhibit: highlightedExhibit && house.exhibits[highlightedExhibit] ? highlightedExhibit : null,
      });
      placeAt(room === roomId && canStand(house, pose) ? pose : entrancePose(house, room));
    }

    return {
      era: defaultEra,
      defaultEra,
      eraIds,
      pendingEra: null,
      erasKit: null,

      requestEra(id) {
        if (!eraIds.includes(id)) return set({ notice: { kind: 'unknown-era', requested: id } });
        if (id === get().era && !get().pendingEra) return;
        const house = get().erasKit?.houses[id];
        if (house) applyEra(id, house);
        else set({ pendingEra: id });
      },

      connectEras(kit) {
        set({ erasKit: kit });
        const pending = get().pendingEra;
        if (pending && kit.houses[pending]) applyEra(pending, kit.houses[pending]);
        get().eraArrived();
        return () => {
          if (get().erasKit === kit) set({ erasKit: null });
        };
      },
    };
  };
