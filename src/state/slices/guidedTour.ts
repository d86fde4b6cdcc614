// The guided tour under way: which tour, which stop, playing or paused. The tours themselves, how to reach a stop
// and the narration's voice are the guided tours' own code (src/tour/), fetched when a visitor first asks for a
// tour and lent to the store (connectTours), as the XR code lends the headset.
import type { Lang } from '../../i18n';
import type { House } from '../../../rooms/validate';
import type { RoomId } from '../../../rooms/schema';
import type { Tour, TourStop } from '../../../rooms/tourSchema';
import { distanceM } from '../../plan/geometry';
import { AWAY_FROM_STOP_M } from '../../plan/constants';
import type { Pose, Travel } from '../../plan/travel';
import { roomAt } from '../../plan/walkable';
import type { TourSlice, TourState } from '../tourStore';
import { cutsOnly, visitorMoves } from '../visitorMoves';
import { tourEras } from './tourEras';

/** What the guided tours' code lends the store once it has loaded. */
export interface TourKit {
  tours: readonly Tour[];
  /** Where a stop has the visitor stand and look, in the house as it is now (its era's). */
  stopPose(house: House, stop: TourStop): Pose;
  /** How to get there from where the visitor stands: along the walkable path, or a cut. */
  planStop(house: House, from: Pose, stop: TourStop, cutsOnly: boolean): Travel;
  /** Called from the visitor's own click or key (iOS speaks only after speech started in a gesture). */
  unlockSpeech(): void;
  /** The remembered choice, read when the kit is lent. */
  muted: boolean;
}

export interface GuidedTour {
  tourId: string;
  /** Index into the tour's stops; the address shows it counted from 1. */
  stop: number;
  playing: boolean;
  /** The last stop's narration has ended. */
  finished: boolean;
  /** Where the stop has the visitor stand; walking away from it pauses the tour and offers the way back. */
  stopPose: Pose;
  stopRoom: RoomId;
  /** The exhibit the stop is about: its hotspot is lit. */
  exhibit: string | null;
  overviewStop: boolean;
  /** The only exhibits whose lines of fire the stop shows (one door at a time); null: every line of the era. */
  fire: readonly string[] | null;
}

export interface GuidedTourSlice {
  /** A visitor opened the tours' section or a tour address: the guided tours' code is fetched. */
  toursWanted: boolean;
  tourKit: TourKit | null;
  /** A tour address read before the tours' code arrived; taken up when it does. */
  pendingTour: { tourId: string; stop: number | null } | null;
  guided: GuidedTour | null;
  narrationMuted: boolean;
  /** The browser cannot speak this language (no voice, or its speech fails): the tour runs on subtitles. */
  speechUnavailable: Lang | null;
  /** The era the visitor had chosen before a stop showed its own: stops without one, and the tour's end, return to it. */
  eraBeforeTour: string | null;
  /** A stop whose era's house is still being fetched: taken up when it arrives (eraArrived). */
  stopAwaitingEra: { tourId: string; stop: number; playing: boolean } | null;

  wantTours(): void;
  /** The guided tours' code lends its kit; returns how to take it back. */
  connectTours(kit: TourKit): () => void;
  /** A visitor starts a tour (a click or a key: the voice may speak); `stop` counts from 0. */
  startTour(tourId: string, stop?: number): void;
  /** An address names a tour and perhaps a stop (counted from 1): opened paused, since no gesture asked for speech. */
  tourFromAddress(tourId: string, stop: number | null): void;
  goToStop(stop: number): void;
  nextStop(): void;
  previousStop(): void;
  playTour(): void;
  pauseTour(): void;
  /** The stop's narration (or its reading time) has ended: on to the next stop while playing. */
  stopEnded(): void;
  /** Back to where the stop has the visitor stand, playing. */
  resumeStop(): void;
  /** The visitor stays where they stand, walking freely. */
  leaveTour(): void;
  setNarrationMuted(muted: boolean): void;
  speechFailed(lang: Lang): void;
  /** The era slice has applied an era whose house had to be fetched. */
  eraArrived(): void;
}

export const currentTour = (s: TourState): Tour | null =>
  (s.guided && s.tourKit?.tours.find((t) => t.id === s.guided!.tourId)) || null;

/** The visitor has walked (or flown) away from the stop on their own. */
export function awayFromStop(s: TourState): boolean {
  const g = s.guided;
  if (!g || s.travel) return false;
  if (g.overviewStop) return !s.overview;
  return s.overview || roomAt(s.house, s.pose) !== g.stopRoom || distanceM(s.pose, g.stopPose) > AWAY_FROM_STOP_M;
}

export const guidedTourSlice: TourSlice<GuidedTourSlice> = () => (set, get) => {
  const { beginTravel } = visitorMoves(set, get);
  const { inStopEra, restoreEra } = tourEras(set, get);
  const clampStop = (tour: Tour, stop: number) => Math.max(0, Math.min(tour.stops.length - 1, Math.trunc(stop)));

  /** Takes the visitor to a stop of a tour, playing or not. */
  function arrive(kit: TourKit, tour: Tour, index: number, playing: boolean) {
    if (!inStopEra(tour, index, playing)) return;
    const stop = tour.stops[index];
    const look = stop.look;
    // A headset cannot be lifted above the roofs: there an overview stop leaves the visitor in its room.
    const overviewStop = look.kind === 'overview' && get().vr !== 'presenting';
    const { house } = get();
    const stopPose = kit.stopPose(house, stop);
    const travel = kit.planStop(house, get().pose, stop, cutsOnly(get()) || overviewStop || get().overview);
    set({
      guided: {
        tourId: tour.id,
        stop: index,
        playing,
        finished: false,
        stopPose,
        stopRoom: stop.room,
        exhibit: look.kind === 'exhibit' ? look.exhibit : null,
        overviewStop,
        fire: stop.fire ?? null,
      },
      overview: overviewStop,
      exhibitId: null,
      introRoom: null,
      pendingTour: null,
    });
    beginTravel(travel);
  }

  /** A visitor's own press moves the tour: their gesture lets the voice speak. */
  function visitorMovesTo(index: number, playing = get().guided?.playing ?? true) {
    const kit = get().tourKit;
    const tour = currentTour(get());
    if (!kit || !tour) return;
    kit.unlockSpeech();
    arrive(kit, tour, clampStop(tour, index), playing);
  }

  return {
    toursWanted: false,
    tourKit: null,
    pendingTour: null,
    guided: null,
    narrationMuted: false,
    speechUnavailable: null,
    eraBeforeTour: null,
    stopAwaitingEra: null,

    wantTours: () => set({ toursWanted: true }),

    connectTours(kit) {
      set({ tourKit: kit, narrationMuted: kit.muted });
      const pending = get().pendingTour;
      if (pending) get().tourFromAddress(pending.tourId, pending.stop);
      return () => {
        if (get().tourKit === kit) set({ tourKit: null, guided: null });
      };
    },

    startTour(tourId, stop = 0) {
      const kit = get().tourKit;
      const tour = kit?.tours.find((t) => t.id === tourId);
      if (!kit || !tour) return;
      kit.unlockSpeech();
      arrive(kit, tour, clampStop(tour, stop), true);
    },

    tourFromAddress(tourId, stop) {
      const kit = get().tourKit;
      if (!kit) return set({ toursWanted: true, pendingTour: { tourId, stop } });
      const tour = kit.tours.find((t) => t.id === tourId);
      if (!tour) return set({ pendingTour: null, notice: { kind: 'unknown-tour', requested: tourId } });
      const index = stop === null ? 0 : stop - 1;
      if (index !== clampStop(tour, index))
        set({ notice: { kind: 'unknown-stop', requested: String(stop), tour: tour.id, count: tour.stops.length } });
      const g = get().guided;
      // Back and Forward between stops of the tour under way keep it playing or paused as it was.
      arrive(kit, tour, clampStop(tour, index), g?.tourId === tourId ? g.playing : false);
    },

    goToStop: (stop) => visitorMovesTo(stop),
    nextStop() {
      const g = get().guided;
      if (g) visitorMovesTo(g.stop + 1);
    },
    previousStop() {
      const g = get().guided;
      if (g) visitorMovesTo(g.stop - 1);
    },

    playTour() {
      const g = get().guided;
      const kit = get().tourKit;
      if (!g || !kit) return;
      kit.unlockSpeech();
      if (g.finished) return visitorMovesTo(0, true);
      if (awayFromStop(get())) return get().resumeStop();
      set({ guided: { ...g, playing: true } });
    },
    pauseTour() {
      const g = get().guided;
      if (g?.playing) set({ guided: { ...g, playing: false } });
    },

    stopEnded() {
      const g = get().guided;
      const tour = currentTour(get());
      const kit = get().tourKit;
      if (!g || !tour || !kit || !g.playing) return;
      if (g.stop >= tour.stops.length - 1) {
        set({ guided: { ...g, playing: false, finished: true } });
        return restoreEra();
      }
      arrive(kit, tour, g.stop + 1, true);
    },

    resumeStop() {
      const g = get().guided;
      if (g) visitorMovesTo(g.stop, true);
    },

    leaveTour() {
      if (!get().guided) return;
      set({ guided: null, overview: false, highlightedExhibit: null });
      restoreEra();
    },

    setNarrationMuted: (narrationMuted) => set({ narrationMuted }),
    speechFailed: (lang) => set({ speechUnavailable: lang }),

    eraArrived() {
      const waiting = get().stopAwaitingEra;
      const kit = get().tourKit;
      const tour = kit?.tours.find((t) => t.id === waiting?.tourId);
      if (!waiting || !kit || !tour) return;
      set({ stopAwaitingEra: null });
      arrive(kit, tour, waiting.stop, waiting.playing);
    },
  };
};
