// A guided tour's eras: a stop may show the house at its own moment (the raid's tour, at night). The tour switches
// to it, waits while that era's house is fetched, and returns to the era the visitor had chosen at a stop without
// one and when the tour ends or is left. Used by the guided tour's slice.
import type { Tour } from '../../../rooms/tourSchema';
import type { TourGet, TourSet } from '../tourStore';

export function tourEras(set: TourSet, get: TourGet) {
  return {
    /** Shows the house in the era a stop names, or the visitor's own; false while that era's house is fetched. */
    inStopEra(tour: Tour, index: number, playing: boolean): boolean {
      const { era, eraBeforeTour, erasKit } = get();
      const wanted = tour.stops[index].era ?? eraBeforeTour ?? era;
      if (wanted === era) return true;
      if (eraBeforeTour === null) set({ eraBeforeTour: era });
      const ready = Boolean(erasKit?.houses[wanted]);
      if (!ready) set({ stopAwaitingEra: { tourId: tour.id, stop: index, playing } });
      get().requestEra(wanted);
      return ready;
    },

    /** The tour is over or left: back to the era the visitor had before a stop changed it. */
    restoreEra() {
      const before = get().eraBeforeTour;
      set({ eraBeforeTour: null, stopAwaitingEra: null });
      if (before !== null && before !== get().era) get().requestEra(before);
    },
  };
}
