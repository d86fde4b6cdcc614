import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CANCEL_SETTLE_MS,
  createNarrator,
  pickVoice,
  READING_FLOOR_MS,
  readingTimeMs,
  START_WATCHDOG_MS,
  voicesFor,
  type Utterance,
  type UtteranceEvents,
  type Voice,
} from '../../src/tour/narration';
import { sentencesOf } from '../../rooms/tours/sentences';

// A SpeechSynthesis to test the narrator against, driven by Vitest's fake timers. It speaks its queue in order
// (start after START_LAG_MS, end after SPEAK_MS; the empty primer at once), and can play the browsers' known faults: a synth that never
// starts (the Quest browser) or one that errors, and Chrome's drop of a speak() right after cancel().

const START_LAG_MS = 20;
const SPEAK_MS = 400;
/** How long after cancel() the fake, like Chrome, swallows a new speak(). */
const FAKE_DROP_AFTER_CANCEL_MS = 100;

type Listener = (event: never) => void;

class FakeUtterance implements Utterance {
  lang = '';
  voice: Voice | null = null;
  volume = 1;
  private readonly listeners = new Map<string, Set<Listener>>();
  constructor(public text: string) {}
  addEventListener<K extends keyof UtteranceEvents>(type: K, listener: (event: UtteranceEvents[K]) => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener as Listener);
  }
  removeEventListener<K extends keyof UtteranceEvents>(type: K, listener: (event: UtteranceEvents[K]) => void) {
    this.listeners.get(type)?.delete(listener as Listener);
  }
  fire<K extends keyof UtteranceEvents>(type: K, event: UtteranceEvents[K]) {
    for (const listener of [...(this.listeners.get(type) ?? [])]) (listener as (e: UtteranceEvents[K]) => void)(event);
  }
  get listenerCount() {
    return [...this.listeners.values()].reduce((n, set) => n + set.size, 0);
  }
}

const voice = (lang: string, name = lang, { localService = true, isDefault = false } = {}): Voice => ({
  name,
  lang,
  voiceURI: name,
  localService,
  default: isDefault,
});

class FakeSpeechSynthesis {
  voices: Voice[] = [];
  /** What the fake does with an utterance: speak it, never start it, or fail it before it starts. */
  behaviour: 'speaks' | 'never-starts' | 'errors' | 'stalls' = 'speaks';
  /** Safari sends `end`, not an error, for the utterance it was speaking when cancelled. */
  endsOnCancel = false;
  dropsSpeakAfterCancel = false;
  /** Every utterance handed to speak(), dropped or not, in order. */
  readonly requested: FakeUtterance[] = [];
  /** The utterances that started, in order. */
  readonly started: FakeUtterance[] = [];
  getVoicesCalls = 0;
  cancels = 0;
  private queue: FakeUtterance[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastCancelAt = -Infinity;
  private readonly voicesChanged = new Set<() => void>();

  getVoices() {
    this.getVoicesCalls += 1;
    return this.voices;
  }
  speak(utterance: Utterance) {
    const u = utterance as FakeUtterance;
    this.requested.push(u);
    if (this.dropsSpeakAfterCancel && Date.now() - this.lastCancelAt < FAKE_DROP_AFTER_CANCEL_MS) return;
    this.queue.push(u);
    if (this.queue.length === 1) this.playHead();
  }
  cancel() {
    this.cancels += 1;
    this.lastCancelAt = Date.now();
    clearTimeout(this.timer);
    const dropped = this.queue;
    this.queue = [];
    for (const u of dropped) {
      if (this.endsOnCancel) u.fire('end', {});
      else u.fire('error', { error: 'interrupted' });
    }
  }
  addEventListener(_type: 'voiceschanged', listener: () => void) {
    this.voicesChanged.add(listener);
  }
  removeEventListener(_type: 'voiceschanged', listener: () => void) {
    this.voicesChanged.delete(listener);
  }
  get voicesChangedListeners() {
    return this.voicesChanged.size;
  }
  /** The voices arrive, as Chrome's do some time after the page asked. */
  loadVoices(voices: Voice[]) {
    this.voices = voices;
    for (const listener of [...this.voicesChanged]) listener();
  }
  /** The texts that started, without unlock()'s empty primer. */
  get spokenTexts() {
    return this.started.map((u) => u.text).filter((text) => text.length > 0);
  }

  private playHead() {
    const u = this.queue[0];
    if (!u || this.behaviour === 'never-starts') return;
    this.timer = setTimeout(() => {
      if (this.behaviour === 'errors') {
        this.queue.shift();
        u.fire('error', { error: 'synthesis-failed' });
        return this.playHead();
      }
      this.started.push(u);
      u.fire('start', {});
      if (this.behaviour === 'stalls' && u.text) return;
      this.timer = setTimeout(() => {
        this.queue.shift();
        u.fire('end', {});
        this.playHead();
      }, u.text ? SPEAK_MS : 0);
    }, START_LAG_MS);
  }
}

const fakeMuteMemory = (stored = false) => {
  const memory = { stored, read: () => memory.stored, write: (muted: boolean) => void (memory.stored = muted) };
  return memory;
};

const EN = 'The study is quiet. Its desk faces the garden. The books are his own.';
const ES = 'El estudio está en silencio. Su escritorio mira al jardín.';
const US = voice('en-US', 'Samantha');
const MX = voice('es-MX', 'Paulina');

function setUp({ voices = [US, MX] as Voice[], muted = false } = {}) {
  const synth = new FakeSpeechSynthesis();
  synth.voices = voices;
  const memory = fakeMuteMemory(muted);
  const narrator = createNarrator({
    synth,
    makeUtterance: (text) => new FakeUtterance(text),
    remember: memory,
    now: () => Date.now(),
  });
  return { synth, memory, narrator };
}

/** Lets a speak run to its outcome under fake timers (its sentences take 420 ms each in the fake). */
async function settle<T>(promise: Promise<T>, ms = 20_000): Promise<T> {
  await vi.advanceTimersByTimeAsync(ms);
  return promise;
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('the voices', () => {
  it('waits for Chrome’s voiceschanged when getVoices() starts empty, then lets go of it', async () => {
    const synth = new FakeSpeechSynthesis();
    const voices = voicesFor(synth, 'es', { waitMs: 2_000 });
    synth.loadVoices([]); // an announcement that brings nothing yet
    expect(synth.voicesChangedListeners).toBe(1);
    await vi.advanceTimersByTimeAsync(300);
    synth.loadVoices([US, MX, voice('es-ES', 'Mónica')]);
    expect(await voices).toEqual([MX, voice('es-ES', 'Mónica')]);
    expect(synth.voicesChangedListeners).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers at once when the voices are known, and with none once the wait is over', async () => {
    const synth = new FakeSpeechSynthesis();
    synth.voices = [US];
    expect(await voicesFor(synth, 'en', { waitMs: 2_000 })).toEqual([US]);
    synth.voices = [];
    const none = voicesFor(synth, 'en', { waitMs: 2_000 });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(synth.voicesChangedListeners).toBe(1);
    expect(await settle(none, 1)).toEqual([]);
    expect(synth.voicesChangedListeners).toBe(0);
  });

  it('stops waiting when aborted, leaving no timer or listener', async () => {
    const synth = new FakeSpeechSynthesis();
    const controller = new AbortController();
    const voices = voicesFor(synth, 'en', { waitMs: 2_000, signal: controller.signal });
    controller.abort();
    expect(await voices).toEqual([]);
    expect(synth.voicesChangedListeners).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('picking a voice', () => {
  const ES_ES_REMOTE = voice('es-ES', 'Google español', { localService: false });
  const ES_ES = voice('es-ES', 'Mónica');
  const ES_US = voice('es-US', 'Google español de Estados Unidos', { localService: false });
  const GB = voice('en-GB', 'Daniel');
  const AU = voice('en-AU', 'Karen', { isDefault: true });

  it('prefers Mexican Spanish, then Latin American, then any Spanish', () => {
    expect(pickVoice([ES_ES, ES_US, MX, US], 'es')).toBe(MX);
    expect(pickVoice([ES_ES, ES_US, US], 'es')).toBe(ES_US);
    expect(pickVoice([US, ES_ES], 'es')).toBe(ES_ES);
  });

  it('prefers US or British English over other English', () => {
    expect(pickVoice([AU, GB, MX], 'en')).toBe(GB);
    expect(pickVoice([AU, MX], 'en')).toBe(AU);
  });

  it('prefers a voice on the device, then the default, within a region', () => {
    const defaultES = voice('es-ES', 'Jorge', { isDefault: true });
    expect(pickVoice([ES_ES_REMOTE, ES_ES], 'es')).toBe(ES_ES);
    expect(pickVoice([ES_ES_REMOTE, ES_ES, defaultES], 'es')).toBe(defaultES);
  });

  it('matches the language tag exactly, in either spelling, or gives null', () => {
    const android = voice('es_MX', 'es-mx-x-local');
    expect(pickVoice([ES_ES, android], 'es')).toBe(android);
    expect(pickVoice([voice('et-EE'), voice('eo'), voice('esu')], 'es')).toBeNull();
    expect(pickVoice([voice('en')], 'en')?.lang).toBe('en');
    expect(pickVoice([], 'en')).toBeNull();
  });
});

describe('speaking a stop', () => {
  it('speaks sentence by sentence, in order, in the chosen voice and its language, and tells each one', async () => {
    const { synth, narrator } = setUp({ voices: [US, voice('es-ES'), MX] });
    const told: [number, string][] = [];
    narrator.on('sentence', (index, sentence) => void told.push([index, sentence]));
    narrator.unlock();
    expect(await settle(narrator.speak(ES, 'es'))).toBe('ended');
    expect(synth.spokenTexts).toEqual(sentencesOf(ES));
    const utterances = synth.started.filter((u) => u.text);
    expect(utterances.map((u) => [u.voice, u.lang])).toEqual([[MX, 'es-MX'], [MX, 'es-MX']]);
    expect(told).toEqual(sentencesOf(ES).map((s, i) => [i, s]));
    expect(await settle(narrator.speak(EN, 'en'))).toBe('ended');
    expect(synth.spokenTexts.slice(2)).toEqual(sentencesOf(EN));
    expect(synth.started.at(-1)!.voice).toBe(US);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('speaks nothing before unlock(), and does not even ask for voices', async () => {
    const { synth, narrator } = setUp();
    expect(await settle(narrator.speak(EN, 'en'))).toBe('silent');
    expect(synth.requested).toEqual([]);
    expect(synth.getVoicesCalls).toBe(0);
    narrator.unlock();
    // The primer iOS needs, spoken inside the gesture: empty and at no volume.
    expect(synth.requested.map((u) => [u.text, u.volume])).toEqual([['', 0]]);
    expect(await settle(narrator.speak(EN, 'en'))).toBe('ended');
  });

  it('waits for voices that arrive late, and is silent for a language without one', async () => {
    const { synth, narrator } = setUp({ voices: [] });
    const causes: unknown[] = [];
    narrator.on('voiceless', (cause) => void causes.push(cause));
    narrator.unlock();
    const spoken = narrator.speak(EN, 'en');
    await vi.advanceTimersByTimeAsync(500);
    synth.loadVoices([US]);
    expect(await settle(spoken)).toBe('ended');
    expect(await settle(narrator.speak(ES, 'es'))).toBe('silent');
    expect(await settle(narrator.speak(ES, 'es'))).toBe('silent');
    expect(causes).toEqual([{ lang: 'es', reason: 'no-voice' }]);
    expect(narrator.voiceless).toBe(false);
  });

  it('remembers muting across narrators, and a muted narrator speaks nothing', async () => {
    const first = setUp();
    first.narrator.muted = true;
    const second = createNarrator({ synth: first.synth, makeUtterance: (t) => new FakeUtterance(t), remember: first.memory });
    expect(second.muted).toBe(true);
    second.unlock();
    const before = first.synth.requested.length;
    expect(await settle(second.speak(EN, 'en'))).toBe('silent');
    expect(first.synth.requested.length).toBe(before);
    second.muted = false;
    expect(first.memory.stored).toBe(false);
  });

  it('muting mid-stop cancels the voice and leaves the stop to its text', async () => {
    const { synth, narrator } = setUp();
    narrator.unlock();
    const spoken = narrator.speak(EN, 'en');
    await vi.advanceTimersByTimeAsync(600);
    narrator.muted = true;
    expect(await spoken).toBe('silent');
    expect(synth.cancels).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('a browser whose speech stays silent', () => {
  it('gives up after the watchdog, says so once, and skips speech for the rest of the session', async () => {
    const { synth, narrator } = setUp();
    synth.behaviour = 'never-starts';
    const causes: unknown[] = [];
    narrator.on('voiceless', (cause) => void causes.push(cause));
    narrator.unlock();
    const spoken = narrator.speak(EN, 'en');
    await vi.advanceTimersByTimeAsync(START_WATCHDOG_MS - 1);
    let outcome: string | undefined;
    void spoken.then((o) => (outcome = o));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(await spoken).toBe('silent');
    expect(narrator.voiceless).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    const requested = synth.requested.length;
    expect(await settle(narrator.speak(ES, 'es'))).toBe('silent');
    expect(synth.requested.length).toBe(requested);
    expect(causes).toEqual([{ lang: 'en', reason: 'never-started' }]);
  });

  it('moves on from a sentence that started and never ended (Chrome’s stall)', async () => {
    const { synth, narrator } = setUp();
    synth.behaviour = 'stalls';
    narrator.unlock();
    const spoken = narrator.speak(ES, 'es');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(synth.spokenTexts).toEqual(sentencesOf(ES).slice(0, 1));
    expect(await settle(spoken, 60_000)).toBe('ended');
    expect(synth.spokenTexts).toEqual(sentencesOf(ES));
    expect(narrator.voiceless).toBe(false);
  });

  it('treats an error before speech starts the same way', async () => {
    const { synth, narrator } = setUp();
    synth.behaviour = 'errors';
    narrator.unlock();
    expect(await settle(narrator.speak(EN, 'en'))).toBe('silent');
    expect(narrator.voiceless).toBe(true);
  });
});

describe('stopping, pausing and speaking again', () => {
  it('defers a speak right after stop(), so Chrome does not swallow it', async () => {
    const { synth, narrator } = setUp();
    synth.dropsSpeakAfterCancel = true;
    narrator.unlock();
    const first = narrator.speak(EN, 'en');
    await vi.advanceTimersByTimeAsync(600);
    narrator.stop();
    expect(await first).toBe('cancelled');
    const requested = synth.requested.length;
    const second = narrator.speak(ES, 'es');
    await vi.advanceTimersByTimeAsync(CANCEL_SETTLE_MS - 1);
    expect(synth.requested.length).toBe(requested);
    await vi.advanceTimersByTimeAsync(1);
    expect(synth.requested.length).toBe(requested + 1);
    expect(await settle(second)).toBe('ended');
    expect(synth.spokenTexts.slice(-2)).toEqual(sentencesOf(ES));
  });

  it('a new speak cancels the one under way', async () => {
    const { narrator } = setUp();
    narrator.unlock();
    const first = narrator.speak(EN, 'en');
    await vi.advanceTimersByTimeAsync(100);
    const second = narrator.speak(ES, 'es');
    expect(await first).toBe('cancelled');
    expect(await settle(second)).toBe('ended');
  });

  it('pauses by cancelling and resumes from the start of the sentence, leaving no timer while paused', async () => {
    const { synth, narrator } = setUp();
    const told: number[] = [];
    narrator.on('sentence', (index) => void told.push(index));
    narrator.unlock();
    const spoken = narrator.speak(EN, 'en');
    await vi.advanceTimersByTimeAsync(600); // into the second sentence
    narrator.pause();
    expect(narrator.paused).toBe(true);
    expect(synth.cancels).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(vi.getTimerCount()).toBe(0);
    narrator.resume();
    expect(await settle(spoken)).toBe('ended');
    const [one, two, three] = sentencesOf(EN);
    expect(synth.spokenTexts).toEqual([one, two, two, three]);
    expect(told).toEqual([0, 1, 1, 2]);
  });

  it('does not take Safari’s end-on-cancel for a finished sentence', async () => {
    const { synth, narrator } = setUp();
    synth.endsOnCancel = true;
    narrator.unlock();
    const spoken = narrator.speak(EN, 'en');
    await vi.advanceTimersByTimeAsync(100);
    narrator.pause();
    narrator.resume();
    expect(await settle(spoken)).toBe('ended');
    expect(synth.spokenTexts).toEqual([sentencesOf(EN)[0], ...sentencesOf(EN)]);
  });

  it('leaves nothing behind after stop() or dispose(), whatever it was waiting for', async () => {
    const { synth, narrator } = setUp({ voices: [] });
    narrator.unlock();
    await vi.advanceTimersByTimeAsync(100); // the fake has spoken the primer
    const waiting = narrator.speak(EN, 'en');
    narrator.stop();
    expect(await waiting).toBe('cancelled');
    expect(synth.voicesChangedListeners).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    synth.voices = [US];
    const speaking = narrator.speak(EN, 'en');
    await vi.advanceTimersByTimeAsync(100);
    narrator.dispose();
    expect(await speaking).toBe('cancelled');
    expect(vi.getTimerCount()).toBe(0);
    expect(synth.requested.every((u) => u.listenerCount === 0)).toBe(true);
    expect(await narrator.speak(EN, 'en')).toBe('cancelled');
  });
});

describe('reading time', () => {
  it('grows with the length of the text, and never falls below its floor', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(readingTimeMs('', 'en')).toBe(READING_FLOOR_MS);
    expect(readingTimeMs('Hello.', 'es')).toBe(READING_FLOOR_MS);
    expect(readingTimeMs(words(80), 'en')).toBeGreaterThan(readingTimeMs(words(40), 'en'));
    expect(readingTimeMs(words(160), 'en')).toBe(60_000);
    expect(readingTimeMs(words(80), 'es')).toBeGreaterThan(readingTimeMs(words(80), 'en'));
  });
});
