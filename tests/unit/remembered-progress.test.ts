import { describe, expect, it } from 'vitest';
import { house } from '../../rooms';
import { createTourStore, type Progress } from '../../src/state/tourStore';
import { parseProgress } from '../../src/state/memory';
import { rememberProgress } from '../../src/state/rememberProgress';

const fakeMemory = (stored: Progress | null) => {
  const writes: Progress[] = [];
  return { writes, read: () => stored, write: (p: Progress) => void writes.push({ ...p }) };
};

describe('progress through the house', () => {
  it('counts the rooms stood in and the objects whose caption was opened, once each', () => {
    const store = createTourStore(house);
    store.getState().arriveFromUrl({ kind: 'room', roomId: 'study' }, { initial: true });
    store.getState().openExhibit('icebox');
    store.getState().closeExhibit();
    store.getState().openExhibit('icebox');
    store.getState().goToRoom('bedroom');
    store.getState().endTravel();
    const { visitedRooms, seenExhibits } = store.getState();
    expect([...visitedRooms].sort()).toEqual(['bedroom', 'kitchen', 'study']);
    expect(seenExhibits).toEqual(['icebox']);
  });

  it('adds remembered progress, dropping ids the house does not have', () => {
    const store = createTourStore(house);
    store.getState().arriveFromUrl({ kind: 'room', roomId: 'garden' }, { initial: true });
    store.getState().recall({ visitedRooms: ['study', 'attic', 'study'], seenExhibits: ['icebox', 'piano', '__proto__'] });
    expect([...store.getState().visitedRooms].sort()).toEqual(['garden', 'study']);
    expect(store.getState().seenExhibits).toEqual(['icebox']);
  });
});

describe('the stored form of progress', () => {
  it('reads what the tour wrote', () => {
    const progress = { visitedRooms: ['study'], seenExhibits: ['icebox'] };
    expect(parseProgress(JSON.stringify(progress))).toEqual(progress);
  });

  it('ignores anything else', () => {
    for (const raw of [null, '', 'not json', '{', 'null', '42', '"study"', '[]', '{}', '{"visitedRooms":"study","seenExhibits":[]}',
      '{"visitedRooms":[],"seenExhibits":{"0":"icebox"}}', JSON.stringify({ visitedRooms: ['x'.repeat(30_000)], seenExhibits: [] })])
      expect(parseProgress(raw), String(raw).slice(0, 40)).toBeNull();
  });

  it('keeps only the strings of a list', () => {
    expect(parseProgress('{"visitedRooms":["study",1,null,{}],"seenExhibits":[true]}')).toEqual({ visitedRooms: ['study'], seenExhibits: [] });
  });
});

describe('remembering progress', () => {
  it('recalls at start, then stores each time progress grows, not on every move', () => {
    const store = createTourStore(house);
    const memory = fakeMemory({ visitedRooms: ['bedroom'], seenExhibits: [] });
    const stop = rememberProgress(store, memory);
    expect(store.getState().visitedRooms).toEqual(['bedroom']);
    expect(memory.writes).toHaveLength(1);
    store.getState().arriveFromUrl({ kind: 'room', roomId: 'garden' }, { initial: true });
    store.getState().look(10, 0);
    store.getState().look(10, 0);
    expect(memory.writes).toHaveLength(2);
    expect(memory.writes.at(-1)!.visitedRooms).toEqual(['bedroom', 'garden']);
    stop();
  });

  it('starts from nothing when memory holds nothing', () => {
    const store = createTourStore(house);
    rememberProgress(store, fakeMemory(null))();
    expect(store.getState().visitedRooms).toEqual([]);
    expect(store.getState().seenExhibits).toEqual([]);
  });
});
