import { describe, expect, it } from 'vitest';
import { eraHouses, house } from '../../rooms';
import { createTourStore } from '../../src/state/tourStore';
import type { House } from '../../rooms/validate';
import type { EraId } from '../../rooms/schema';

const kit = { houses: eraHouses as unknown as Record<string, House>, changes: {} };

describe('the era in the store', () => {
  it('starts in today’s museum, and waits for the eras’ houses before changing', () => {
    const store = createTourStore(house);
    expect(store.getState().era).toBe('today');
    store.getState().requestEra('1940-08');
    expect(store.getState()).toMatchObject({ era: 'today', pendingEra: '1940-08' });
    store.getState().connectEras(kit);
    expect(store.getState()).toMatchObject({ era: '1940-08', pendingEra: null });
    expect(store.getState().house).toBe(eraHouses['1940-08']);
  });

  it('keeps the visitor where they stand when they still can', () => {
    const store = createTourStore(house);
    store.getState().connectEras(kit);
    store.getState().arriveFromUrl({ kind: 'room', roomId: 'study' }, { initial: true });
    const pose = store.getState().pose;
    store.getState().requestEra('1940-05-24');
    expect(store.getState().pose).toEqual(pose);
    expect(store.getState().roomId).toBe('study');
  });

  it('moves the visitor out of a room the era has not built yet', () => {
    const store = createTourStore(house);
    store.getState().connectEras(kit);
    store.getState().arriveFromUrl({ kind: 'room', roomId: 'guards-house' }, { initial: true });
    store.getState().requestEra('1939-05');
    expect(store.getState().roomId).toBe('garden');
  });

  it('closes the caption of an object the era does not have, and names an unknown era', () => {
    const store = createTourStore(house);
    store.getState().connectEras(kit);
    store.getState().openExhibit('tomb');
    expect(store.getState().exhibitId).toBe('tomb');
    store.getState().requestEra('1940-08');
    expect(store.getState().exhibitId).toBeNull();
    store.getState().requestEra('1850');
    expect(store.getState().notice).toEqual({ kind: 'unknown-era', requested: '1850' });
    expect(store.getState().era).toBe('1940-08');
  });
});

describe('the guided tours in every era', () => {
  it('stand the visitor somewhere they can stand at every stop, even where the era lacks the stop’s room or object', async () => {
    const { tours } = await import('../../rooms');
    const { stopPoseIn } = await import('../../src/tour/stopPlanner');
    const { canStand } = await import('../../src/plan/walkable');
    for (const [era, h] of Object.entries(eraHouses))
      for (const tour of tours)
        tour.stops.forEach((stop, i) => expect(canStand(h, stopPoseIn(h, stop)), `${era} ${tour.id} ${i + 1}`).toBe(true));
  });
});

describe('a tour whose stops name an era', () => {
  const NIGHT: EraId = '1940-05-24';
  async function storeWithTour() {
    const { tours } = await import('../../rooms');
    const { planStopIn, stopPoseIn } = await import('../../src/tour/stopPlanner');
    const base = tours[0];
    // The first two stops at night, the third in the visitor's own era, the last at night with one line of fire.
    const stops = base.stops.slice(0, 4).map((s, i) => ({ ...s, era: i === 2 ? undefined : NIGHT, fire: i === 3 ? ['x'] : undefined }));
    const tour = { ...base, id: 'by-night', stops };
    const store = createTourStore(house);
    store.getState().connectTours({ tours: [tour], muted: true, stopPose: stopPoseIn, planStop: planStopIn, unlockSpeech() {} });
    store.getState().requestEra('1940-08');
    return { store, tour };
  }

  it('waits for the era’s house, then arrives at the stop in it', async () => {
    const { store } = await storeWithTour();
    store.getState().startTour('by-night');
    expect(store.getState()).toMatchObject({ guided: null, pendingEra: NIGHT, stopAwaitingEra: { stop: 0 } });
    store.getState().connectEras(kit);
    expect(store.getState()).toMatchObject({ era: NIGHT, guided: { stop: 0, playing: true }, stopAwaitingEra: null });
    expect(store.getState().house).toBe(eraHouses[NIGHT]);
  });

  it('returns to the visitor’s own era at a stop without one, and when the tour ends or is left', async () => {
    const { store, tour } = await storeWithTour();
    store.getState().connectEras(kit);
    expect(store.getState().era).toBe('1940-08');
    store.getState().startTour('by-night');
    expect(store.getState().era).toBe(NIGHT);
    store.getState().goToStop(2);
    expect(store.getState().era).toBe('1940-08');
    store.getState().goToStop(3);
    expect(store.getState()).toMatchObject({ era: NIGHT, guided: { fire: ['x'] } });
    store.getState().stopEnded();
    expect(store.getState()).toMatchObject({ era: '1940-08', guided: { finished: true } });
    store.getState().playTour();
    expect(store.getState()).toMatchObject({ era: NIGHT, guided: { stop: 0, fire: null } });
    store.getState().leaveTour();
    expect(store.getState()).toMatchObject({ era: '1940-08', guided: null, eraBeforeTour: null });
    expect(tour.stops).toHaveLength(4);
  });
});
