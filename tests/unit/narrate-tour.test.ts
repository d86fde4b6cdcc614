import { afterEach, describe, expect, it, vi } from 'vitest';
import { house, tours } from '../../rooms';
import { createTourStore, type TourKit } from '../../src/state/tourStore';
import { narrateTour } from '../../src/tour/narrateTour';
import { planStopIn, stopPoseIn } from '../../src/tour/stopPlanner';
import { readingTimeMs, type Narrator, type NarratorEvents, type SpeakOutcome } from '../../src/tour/narration';
import type { Lang } from '../../src/i18n/languages';

afterEach(() => vi.useRealTimers());

/** A narrator whose speech the test ends by hand, recording what it was asked to say. */
function fakeNarrator() {
  const spoken: { text: string; lang: Lang; finish: (o: SpeakOutcome) => void }[] = [];
  const voiceless = new Set<NarratorEvents['voiceless']>();
  const narrator: Narrator & { spoken: typeof spoken; pauses: number; resumes: number } = {
    spoken,
    pauses: 0,
    resumes: 0,
    speak(text, lang) {
      spoken.at(-1)?.finish('cancelled');
      return new Promise((resolve) => spoken.push({ text, lang, finish: resolve }));
    },
    stop: () => spoken.at(-1)?.finish('cancelled'),
    pause() {
      narrator.pauses++;
    },
    resume() {
      narrator.resumes++;
    },
    paused: false,
    muted: false,
    unlock() {},
    unlocked: true,
    voiceless: false,
    on: (event, listener) => {
      if (event === 'voiceless') voiceless.add(listener as NarratorEvents['voiceless']);
      return () => {};
    },
    dispose() {},
  };
  return narrator;
}

function setUp() {
  vi.useFakeTimers();
  const store = createTourStore(house);
  const narrator = fakeNarrator();
  const kit: TourKit = {
    tours,
    muted: false,
    stopPose: stopPoseIn,
    planStop: planStopIn,
    unlockSpeech: () => {},
  };
  store.getState().connectTours(kit);
  const stop = narrateTour(store, narrator);
  return { store, narrator, stop };
}

const flush = () => vi.advanceTimersByTimeAsync(0);
const TEN = tours[0];

describe('telling a guided tour', () => {
  it('speaks a stop once the visitor has arrived, in the visit’s language, and advances when it ends', async () => {
    const { store, narrator } = setUp();
    store.getState().setReducedMotion(true);
    store.getState().startTour(TEN.id, 1);
    expect(narrator.spoken.map((s) => s.lang)).toEqual(['en']);
    expect(narrator.spoken[0].text).toBe(TEN.stops[1].narration.en);
    narrator.spoken[0].finish('ended');
    await flush();
    expect(store.getState().guided?.stop).toBe(2);
    expect(narrator.spoken[1].text).toBe(TEN.stops[2].narration.en);
  });

  it('waits for a glide to end before speaking', async () => {
    const { store, narrator } = setUp();
    store.getState().startTour(TEN.id, 1);
    store.getState().nextStop();
    const before = narrator.spoken.length;
    expect(store.getState().travel).not.toBeNull();
    await vi.runAllTimersAsync();
    expect(narrator.spoken.length).toBe(before + 1);
  });

  it('shows a stop nobody speaks for its reading time, then advances', async () => {
    const { store, narrator } = setUp();
    store.getState().setReducedMotion(true);
    store.getState().startTour(TEN.id, 1);
    narrator.spoken[0].finish('silent');
    await flush();
    await vi.advanceTimersByTimeAsync(readingTimeMs(TEN.stops[1].narration.en, 'en') - 100);
    expect(store.getState().guided?.stop).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(store.getState().guided?.stop).toBe(2);
  });

  it('pauses the reading time with the tour', async () => {
    const { store, narrator } = setUp();
    store.getState().setReducedMotion(true);
    store.getState().startTour(TEN.id, 1);
    narrator.spoken[0].finish('silent');
    await flush();
    store.getState().pauseTour();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(store.getState().guided?.stop).toBe(1);
    store.getState().playTour();
    await vi.advanceTimersByTimeAsync(readingTimeMs(TEN.stops[1].narration.en, 'en') + 100);
    expect(store.getState().guided?.stop).toBe(2);
  });

  it('tells the same stop again in the other language when the visitor switches', async () => {
    const { store, narrator } = setUp();
    store.getState().setReducedMotion(true);
    store.getState().startTour(TEN.id, 3);
    store.getState().setLang('es');
    expect(narrator.spoken.map((s) => s.lang)).toEqual(['en', 'es']);
    expect(narrator.spoken[1].text).toBe(TEN.stops[3].narration.es);
    expect(store.getState().guided?.stop).toBe(3);
  });

  it('says nothing for a tour opened from its address until the visitor presses Play', async () => {
    const { store, narrator } = setUp();
    store.getState().tourFromAddress(TEN.id, 2);
    await vi.runAllTimersAsync();
    expect(narrator.spoken).toEqual([]);
    store.getState().playTour();
    expect(narrator.spoken.length).toBe(1);
  });

  it('stops speaking when the visitor leaves the tour', async () => {
    const { store, narrator } = setUp();
    store.getState().setReducedMotion(true);
    store.getState().startTour(TEN.id, 1);
    let outcome: SpeakOutcome | null = null;
    const first = narrator.spoken[0];
    const finish = first.finish;
    first.finish = (o) => {
      outcome = o;
      finish(o);
    };
    store.getState().leaveTour();
    expect(outcome).toBe('cancelled');
  });
});
