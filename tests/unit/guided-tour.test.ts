import { afterEach, describe, expect, it, vi } from 'vitest';
import { house, tours } from '../../rooms';
import { createTourStore, type TourKit } from '../../src/state/tourStore';
import { awayFromStop, currentTour } from '../../src/state/slices/guidedTour';
import { planStopIn, stopPoseIn } from '../../src/tour/stopPlanner';
import { canStand, roomAt } from '../../src/plan/walkable';

afterEach(() => vi.useRealTimers());

/** The kit as the tours' code lends it, with a counter for the voice's unlock. */
function kit(): TourKit & { unlocks: number } {
  const k = {
    tours,
    unlocks: 0,
    muted: false,
    stopPose: stopPoseIn,
    planStop: planStopIn,
    unlockSpeech: () => void k.unlocks++,
  };
  return k;
}

function storeWithTours() {
  const store = createTourStore(house);
  const k = kit();
  store.getState().connectTours(k);
  return { store, k };
}

const TEN = 'house-in-ten-minutes';

describe('a guided tour in the store', () => {
  it('starts at its first stop, playing, from a visitor’s press (which unlocks the voice)', () => {
    const { store, k } = storeWithTours();
    store.getState().startTour(TEN);
    const s = store.getState();
    expect(s.guided).toMatchObject({ tourId: TEN, stop: 0, playing: true, finished: false });
    expect(currentTour(s)?.id).toBe(TEN);
    expect(k.unlocks).toBe(1);
  });

  it('goes to the next and previous stop, arriving in the stop’s room', () => {
    vi.useFakeTimers();
    const { store } = storeWithTours();
    store.getState().startTour(TEN);
    for (let i = 1; i < tours[0].stops.length; i++) {
      store.getState().nextStop();
      vi.runAllTimers();
      const s = store.getState();
      expect(s.guided?.stop).toBe(i);
      expect(s.travel).toBeNull();
      expect(s.roomId).toBe(tours[0].stops[i].room);
      expect(awayFromStop(s)).toBe(false);
    }
    store.getState().nextStop();
    expect(store.getState().guided?.stop).toBe(tours[0].stops.length - 1);
    store.getState().previousStop();
    vi.runAllTimers();
    expect(store.getState().guided?.stop).toBe(tours[0].stops.length - 2);
  });

  it('advances when a stop’s narration ends while playing, and finishes at the last stop', () => {
    vi.useFakeTimers();
    const { store } = storeWithTours();
    store.getState().startTour(TEN, tours[0].stops.length - 2);
    store.getState().stopEnded();
    vi.runAllTimers();
    expect(store.getState().guided).toMatchObject({ stop: tours[0].stops.length - 1, playing: true });
    store.getState().stopEnded();
    expect(store.getState().guided).toMatchObject({ playing: false, finished: true });
    // Play at the end starts again.
    store.getState().playTour();
    expect(store.getState().guided).toMatchObject({ stop: 0, playing: true, finished: false });
  });

  it('does not advance while paused', () => {
    const { store } = storeWithTours();
    store.getState().startTour(TEN, 3);
    store.getState().pauseTour();
    store.getState().stopEnded();
    expect(store.getState().guided).toMatchObject({ stop: 3, playing: false });
  });

  it('pauses when the visitor walks away from the stop, and resumes there', () => {
    vi.useFakeTimers();
    const { store } = storeWithTours();
    store.getState().startTour(TEN, 1);
    vi.runAllTimers();
    for (let i = 0; i < 10; i++) store.getState().walk(0.3, 0);
    for (let i = 0; i < 10; i++) store.getState().walk(0, 0.3);
    const away = store.getState();
    expect(awayFromStop(away)).toBe(true);
    expect(away.guided?.playing).toBe(false);
    store.getState().playTour();
    vi.runAllTimers();
    const back = store.getState();
    expect(awayFromStop(back)).toBe(false);
    expect(back.guided?.playing).toBe(true);
    expect(back.pose.xM).toBeCloseTo(back.guided!.stopPose.xM);
  });

  it('opening a caption mid-stop pauses the tour', () => {
    const { store } = storeWithTours();
    store.getState().startTour(TEN, 2);
    store.getState().openExhibit('chicken-coop');
    expect(store.getState().guided?.playing).toBe(false);
  });

  it('leaves the visitor where they stand, walking freely', () => {
    vi.useFakeTimers();
    const { store } = storeWithTours();
    store.getState().startTour(TEN, 5);
    vi.runAllTimers();
    const before = store.getState().pose;
    store.getState().leaveTour();
    const s = store.getState();
    expect(s.guided).toBeNull();
    expect(s.pose).toEqual(before);
    expect(s.overview).toBe(false);
  });

  it('opens an overview stop from above, and the next stop back at eye level', () => {
    vi.useFakeTimers();
    const { store } = storeWithTours();
    store.getState().startTour(TEN, 0);
    expect(tours[0].stops[0].look.kind).toBe('overview');
    expect(store.getState().overview).toBe(true);
    store.getState().nextStop();
    vi.runAllTimers();
    expect(store.getState().overview).toBe(false);
  });

  it('cuts instead of gliding under reduced motion', () => {
    const { store } = storeWithTours();
    store.getState().setReducedMotion(true);
    store.getState().startTour(TEN, 1);
    store.getState().nextStop();
    expect(store.getState().travel).toBeNull();
    expect(store.getState().roomId).toBe(tours[0].stops[2].room);
  });
});

describe('a tour address', () => {
  it('waits for the tours’ code, then opens the stop paused (no gesture asked for speech)', () => {
    const store = createTourStore(house);
    store.getState().tourFromAddress(TEN, 4);
    expect(store.getState()).toMatchObject({ toursWanted: true, guided: null, pendingTour: { tourId: TEN, stop: 4 } });
    const k = kit();
    store.getState().connectTours(k);
    expect(store.getState().guided).toMatchObject({ tourId: TEN, stop: 3, playing: false });
    expect(store.getState().pendingTour).toBeNull();
    expect(k.unlocks).toBe(0);
  });

  it('names an unknown tour politely and leaves the visitor where they are', () => {
    const { store } = storeWithTours();
    store.getState().tourFromAddress('the-attic', null);
    expect(store.getState().guided).toBeNull();
    expect(store.getState().notice).toEqual({ kind: 'unknown-tour', requested: 'the-attic' });
  });

  it('opens the nearest stop for a stop the tour does not have, and says so', () => {
    const { store } = storeWithTours();
    store.getState().tourFromAddress(TEN, 99);
    expect(store.getState().guided?.stop).toBe(tours[0].stops.length - 1);
    expect(store.getState().notice).toMatchObject({ kind: 'unknown-stop', requested: '99', count: tours[0].stops.length });
    store.getState().tourFromAddress(TEN, 0);
    expect(store.getState().guided?.stop).toBe(0);
  });

  it('leaves the tour for an address of a room', () => {
    const { store } = storeWithTours();
    store.getState().startTour(TEN, 3);
    store.getState().arriveFromUrl({ kind: 'room', roomId: 'kitchen' });
    expect(store.getState().guided).toBeNull();
  });
});

describe('every stop of every tour', () => {
  it('stands the visitor somewhere they can stand, in the stop’s room', () => {
    for (const tour of tours)
      tour.stops.forEach((stop, i) => {
        const pose = stopPoseIn(house, stop);
        expect(canStand(house, pose), `${tour.id} stop ${i + 1}`).toBe(true);
        expect(roomAt(house, pose), `${tour.id} stop ${i + 1}`).toBe(stop.room);
      });
  });

  it('is reached from the stop before it by a glide, not a cut', () => {
    for (const tour of tours)
      for (let i = 1; i < tour.stops.length; i++) {
        if (tour.stops[i].look.kind === 'overview' || tour.stops[i - 1].look.kind === 'overview') continue;
        const travel = planStopIn(house, stopPoseIn(house, tour.stops[i - 1]), tour.stops[i], false);
        expect(travel.kind, `${tour.id} stop ${i} → ${i + 1}`).toBe('glide');
      }
  });
});
