// The one store of the tour: where the visitor is and what they are doing. Components read it; only its actions
// change it. The URL follows `roomId` (see routing/), the scene and the overlay follow everything else. It is made
// of slices (zustand's slice pattern), one file each in slices/, every one seeing and setting the whole state.
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { house as defaultHouse } from '../content/house';
import type { House } from '../../rooms/validate';
import { navigationSlice } from './slices/navigation';
import { exhibitsSlice } from './slices/exhibits';
import { sessionSlice } from './slices/session';
import { progressSlice } from './slices/progress';
import { overviewSlice } from './slices/overview';
import { guidedTourSlice } from './slices/guidedTour';
import { eraSlice } from './slices/era';
import { defaultEra, eraIds } from '../content/eras';

export type { Notice, Headset } from './slices/session';
export type { Progress } from './slices/progress';
export type { GuidedTour, TourKit } from './slices/guidedTour';
export type { ErasKit } from './slices/era';

/**
 * One part of the store: its own fields and actions, able to read and set all of the state. It is given the house
 * the store starts with, for its first values only: actions read `get().house`, which an era may change.
 */
export type TourSlice<Part> = (house: House) => StateCreator<TourState, [], [], Part>;

/**
 * The store's parts. A new part (a guided tour's place, the house's era) is one file in slices/ exporting its
 * TourSlice, and its line here: TourState and the store below are made from this list.
 */
const SLICES = [navigationSlice, exhibitsSlice, sessionSlice, progressSlice, overviewSlice, guidedTourSlice, eraSlice(eraIds, defaultEra)] as const;

type PartOf<Slice> = Slice extends TourSlice<infer Part> ? Part : never;
/** A union's members as one intersection: every slice's fields and actions together. */
type AllOf<Union> = (Union extends unknown ? (part: Union) => void : never) extends (all: infer All) => void ? All : never;

export type TourState = { house: House } & AllOf<PartOf<(typeof SLICES)[number]>>;
export type TourSet = StoreApi<TourState>['setState'];
export type TourGet = StoreApi<TourState>['getState'];

export function createTourStore(house: House = defaultHouse): StoreApi<TourState> {
  // Each slice's type is checked in its own file against its part; together they are the whole of TourState.
  return createStore<TourState>()((...api) => Object.assign({ house }, ...SLICES.map((slice) => slice(house)(...api))) as TourState);
}

/** The app's store. Tests create their own with createTourStore. */
export const tourStore = createTourStore();

export function useTour<T>(selector: (state: TourState) => T): T {
  return useStore(tourStore, selector);
}
