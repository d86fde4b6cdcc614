import { afterEach, describe, expect, it, vi } from 'vitest';
import { house } from '../../rooms';
import { createTourStore, type Headset } from '../../src/state/tourStore';
import { followLanguage, type LanguageFollowers } from '../../src/state/followLanguage';
import { i18n } from '../../src/i18n';
import { GLIDE_MAX_MS, GLIDE_MIN_MS } from '../../src/plan/constants';
import type { Lang } from '../../src/i18n/languages';

afterEach(() => {
  vi.useRealTimers();
});

/** The page's side of the language, counting every write. */
function fakeFollowers(remembered: Lang | null = null) {
  const writes = { strings: 0, page: 0, memory: 0 };
  let pageLang = 'en';
  const followers: LanguageFollowers = {
    strings: {
      get language() {
        return i18n.language;
      },
      changeLanguage: (lang) => {
        writes.strings++;
        return i18n.changeLanguage(lang);
      },
    },
    page: {
      get lang() {
        return pageLang;
      },
      set lang(lang) {
        writes.page++;
        pageLang = lang;
      },
    },
    memory: {
      read: () => remembered,
      write: (lang) => {
        writes.memory++;
        remembered = lang;
      },
    },
  };
  return { followers, writes, pageLang: () => pageLang, remembered: () => remembered };
}

describe('the language, set once in the store', () => {
  it('is followed by i18next, <html lang> and memory, each written once per change', async () => {
    await i18n.changeLanguage('en');
    const store = createTourStore(house);
    const page = fakeFollowers();
    const stop = followLanguage(store, page.followers);
    // The address read, in English as the page already is: nothing to write but the memory, which held nothing.
    store.getState().arriveFromUrl({ kind: 'room', roomId: 'study' }, { initial: true });
    expect(page.writes).toEqual({ strings: 0, page: 0, memory: 1 });

    store.getState().setLang('es');
    expect(i18n.language).toBe('es');
    expect(page.pageLang()).toBe('es');
    expect(page.remembered()).toBe('es');
    expect(page.writes).toEqual({ strings: 1, page: 1, memory: 2 });

    // Moving about, or choosing the language already shown, writes nothing.
    store.getState().look(10, 0);
    store.getState().setLang('es');
    expect(page.writes).toEqual({ strings: 1, page: 1, memory: 2 });
    stop();
    await i18n.changeLanguage('en');
  });

  it('is not applied before the address has been read: until then the page is the prerendered one', () => {
    const store = createTourStore(house);
    const page = fakeFollowers('es');
    const stop = followLanguage(store, page.followers);
    store.getState().setLang('es');
    expect(page.writes).toEqual({ strings: 0, page: 0, memory: 0 });
    store.getState().arriveFromUrl({ kind: 'empty' }, { initial: true });
    expect(page.pageLang()).toBe('es');
    expect(page.writes).toEqual({ strings: 1, page: 1, memory: 0 });
    stop();
    void i18n.changeLanguage('en');
  });
});

describe('a glide with no view playing it', () => {
  it('ends by itself at its planned end, in the room it was going to', () => {
    vi.useFakeTimers();
    const store = createTourStore(house);
    store.getState().arriveFromUrl({ kind: 'room', roomId: 'garden' }, { initial: true });
    store.getState().goToRoom('kitchen');
    const { travel } = store.getState();
    expect(travel?.kind).toBe('glide');
    expect(travel!.durationMs).toBeGreaterThanOrEqual(GLIDE_MIN_MS);
    expect(travel!.durationMs).toBeLessThanOrEqual(GLIDE_MAX_MS);
    vi.advanceTimersByTime(travel!.durationMs - 1);
    expect(store.getState().travel).toBe(travel);
    vi.advanceTimersByTime(1);
    expect(store.getState().travel).toBeNull();
    expect(store.getState().roomId).toBe('kitchen');
    expect(store.getState().pose).toEqual(travel!.end);
  });

  it('leaves a newer glide alone when an older one’s time is up', () => {
    vi.useFakeTimers();
    const store = createTourStore(house);
    store.getState().arriveFromUrl({ kind: 'room', roomId: 'study' }, { initial: true });
    // Turning to face one object, then, halfway through the turn, another: the second turn replaces the first.
    store.getState().openExhibit('trotskys-desk');
    const first = store.getState().travel!;
    vi.advanceTimersByTime(first.durationMs / 2);
    store.getState().openExhibit('north-bookcase');
    const second = store.getState().travel!;
    expect(second).not.toBe(first);
    vi.advanceTimersByTime(first.durationMs / 2);
    expect(store.getState().travel).toBe(second);
    vi.advanceTimersByTime(second.durationMs);
    expect(store.getState().travel).toBeNull();
    expect(store.getState().pose.headingDeg).toBe(second.end.headingDeg);
  });

  it('is a cut in the text tour, and one under way arrives when the tour falls back to text', () => {
    const store = createTourStore(house);
    store.getState().goToRoom('kitchen');
    const { end } = store.getState().travel!;
    store.getState().fallBackToText();
    expect(store.getState().travel).toBeNull();
    expect(store.getState().pose).toEqual(end);
    store.getState().goToRoom('garden');
    expect(store.getState().travel).toBeNull();
    expect(store.getState().roomId).toBe('garden');
  });
});

describe('VR, as the store knows it', () => {
  const fakeHeadset = () => ({ enter: vi.fn(async () => {}), exit: vi.fn() }) satisfies Headset;

  it('enters through the headset the XR code lends, once it is lent', () => {
    const store = createTourStore(house);
    const headset = fakeHeadset();
    store.getState().requestVR();
    expect(store.getState().vr).toBe('starting');
    const takeBack = store.getState().connectHeadset(headset);
    expect(headset.enter).toHaveBeenCalledTimes(1);
    store.getState().vrStarted();
    store.getState().vrEnded();
    // Lent already: a second visit to the headset enters at once.
    store.getState().requestVR();
    expect(headset.enter).toHaveBeenCalledTimes(2);
    takeBack();
  });

  it('exitVR ends the session through the headset, and the session’s end is what leaves VR', () => {
    const store = createTourStore(house);
    const headset = fakeHeadset();
    store.getState().connectHeadset(headset);
    store.getState().exitVR();
    expect(headset.exit).not.toHaveBeenCalled();
    store.getState().requestVR();
    store.getState().vrStarted();
    store.getState().exitVR();
    expect(headset.exit).toHaveBeenCalledTimes(1);
    expect(store.getState().vr).toBe('presenting');
    store.getState().vrEnded();
    expect(store.getState().vr).toBe('ready');
  });

  it('says so when the session cannot start', async () => {
    const store = createTourStore(house);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    store.getState().connectHeadset({ enter: () => Promise.reject(new Error('no headset')), exit: () => {} });
    store.getState().requestVR();
    await vi.waitFor(() => expect(store.getState().vr).toBe('ready'));
    expect(store.getState().notice).toEqual({ kind: 'vr-failed' });
    warn.mockRestore();
  });
});
