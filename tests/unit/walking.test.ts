import { describe, expect, it } from 'vitest';
import { house } from '../../rooms';
import { createTourStore } from '../../src/state/tourStore';
import { canStand, roomAt } from '../../src/plan/walkable';

describe('walking through the house', () => {
  it('stops at walls', () => {
    const store = createTourStore(house);
    store.getState().arriveFromUrl({ kind: 'room', roomId: 'kitchen' }, { initial: true });
    // Face east, towards the bricked-up window, and walk for 20 m.
    store.getState().look(90 - store.getState().pose.headingDeg, 0);
    for (let i = 0; i < 200; i++) store.getState().walk(0.1, 0);
    const { pose, roomId } = store.getState();
    expect(roomId).toBe('kitchen');
    expect(pose.xM).toBeLessThan(house.rooms.kitchen.footprint.xM + house.rooms.kitchen.footprint.widthM);
  });

  it('makes the room on the other side of a doorway current once the visitor crosses it', () => {
    const store = createTourStore(house);
    store.getState().arriveFromUrl({ kind: 'room', roomId: 'study' }, { initial: true });
    const door = house.exits.study.find((e) => e.to === 'bedroom')!.doorway;
    // Stand level with the doorway, face west (towards the bedroom) and walk.
    store.setState({ pose: { xM: door.centre.xM + 1, zM: door.centre.zM, headingDeg: 270, pitchDeg: 0 } });
    for (let i = 0; i < 30; i++) store.getState().walk(0.1, 0);
    expect(store.getState().roomId).toBe('bedroom');
  });

  it('cannot stand inside a wall or outside the site', () => {
    expect(canStand(house, { xM: 32, zM: 1 })).toBe(false); // the study–office wall, away from its door
    expect(canStand(house, { xM: -1, zM: 10 })).toBe(false);
    expect(canStand(house, house.exits.study.find((e) => e.to === 'bedroom')!.doorway.centre)).toBe(true);
    expect(roomAt(house, { xM: 20, zM: 20 })).toBe('garden');
  });

  it('goes to a neighbouring room by a glide through the doorway, and to any other by a cut', () => {
    const store = createTourStore(house);
    store.getState().goToRoom('kitchen');
    expect(store.getState().travel?.kind).toBe('glide');
    store.getState().endTravel();
    expect(store.getState().roomId).toBe('kitchen');
    store.getState().goToRoom('bathroom');
    expect(store.getState().travel).toBeNull();
    expect(store.getState().roomId).toBe('bathroom');
  });

  it('cuts instead of gliding for visitors who prefer reduced motion', () => {
    const store = createTourStore(house);
    store.getState().setReducedMotion(true);
    store.getState().goToRoom('guards-house');
    expect(store.getState().travel).toBeNull();
    expect(store.getState().roomId).toBe('guards-house');
  });

  it('shows the garden with a notice for an unknown room', () => {
    const store = createTourStore(house);
    store.getState().arriveFromUrl({ kind: 'unknown-room', requested: 'attic' }, { initial: true });
    expect(store.getState().roomId).toBe('garden');
    expect(store.getState().notice).toEqual({ kind: 'unknown-room', requested: 'attic' });
  });
});
