// The guided tours' narration: a stop's text spoken sentence by sentence in the browser's voice for the tour's
// language, with each known quirk of the Web Speech API handled here so the player only hears how it went:
// 'ended' (advance), 'cancelled' (the visitor or the player stopped it) or 'silent' (nobody spoke it: show it for
// its readingTimeMs). The player calls `unlock()` from the visitor's click or key, and nothing is spoken before.
import type { Lang } from '../../i18n/languages';
import { sentencesOf } from '../../../rooms/tours/sentences';
import { abortableDelay } from './abortableDelay';
import { pickVoice } from './pickVoice';
import { rememberedMute } from './rememberedMute';
import { speakSentence } from './speakSentence';
import type { MakeUtterance, Synth, Voice } from './speechPort';
import type { Narrator, NarratorEvents, NarratorOptions, SpeakOutcome, VoicelessReason } from './Narrator';
import { voicesFor } from './voicesFor';

/**
 * Chrome can drop a speak() issued just after cancel(): its cancel finishes asynchronously and takes the new
 * utterance with the old queue (reported on desktop and Android; workarounds in the wild wait 50–250 ms, not
 * measured here). A quarter second between two stops goes unnoticed.
 */
export const CANCEL_SETTLE_MS = 250;

/** How long the first speak waits for Chrome's voices to load (usually well under a second) before going silent. */
export const VOICES_WAIT_MS = 2_000;

interface Run {
  sentences: string[];
  index: number;
  paused: boolean;
  /** Set when the run is ended from outside (stop, mute, a newer speak, dispose); aborts every wait. */
  outcome: SpeakOutcome | null;
  controller: AbortController;
  /** The sentence in flight, if any: aborting it takes its listeners and timers off before the synth is cancelled. */
  sentence: AbortController | null;
  wake: (() => void) | null;
}

const browserSynth = (): Synth | null => globalThis.speechSynthesis ?? null;
const browserUtterance: MakeUtterance = (text) => new SpeechSynthesisUtterance(text);

export function createNarrator({
  synth = browserSynth(),
  makeUtterance = browserUtterance,
  remember = rememberedMute,
  now = () => performance.now(),
}: NarratorOptions = {}): Narrator {
  const listeners: { [E in keyof NarratorEvents]: Set<NarratorEvents[E]> } = { sentence: new Set(), voiceless: new Set() };
  let muted = remember.read();
  let unlocked = false;
  let voiceless = false;
  let disposed = false;
  let waitedForVoices = false;
  let lastCancelAtMs = -Infinity;
  let run: Run | null = null;
  const languagesAnnounced = new Set<Lang>();

  const cancelSynth = () => {
    synth?.cancel();
    lastCancelAtMs = now();
  };

  function announceVoiceless(lang: Lang, reason: VoicelessReason) {
    if (reason === 'no-voice') {
      if (languagesAnnounced.has(lang)) return;
      languagesAnnounced.add(lang);
    } else {
      if (voiceless) return;
      voiceless = true;
    }
    for (const listener of listeners.voiceless) listener({ lang, reason });
  }

  /** Takes the sentence in flight off the synth: listeners first (see speakSentence), then cancel. */
  function interruptSentence(r: Run) {
    if (!r.sentence) return;
    r.sentence.abort();
    r.sentence = null;
    cancelSynth();
  }

  function endRun(outcome: SpeakOutcome) {
    const r = run;
    if (!r) return;
    run = null;
    r.outcome = outcome;
    interruptSentence(r);
    r.controller.abort();
  }

  const untilResumed = (r: Run) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        r.wake = null;
        r.controller.signal.removeEventListener('abort', wake);
        resolve();
      };
      r.wake = wake;
      r.controller.signal.addEventListener('abort', wake);
    });

  async function narrate(r: Run, speech: Synth, voice: Voice, lang: Lang): Promise<SpeakOutcome> {
    while (r.index < r.sentences.length) {
      if (r.paused) await untilResumed(r);
      if (r.outcome) return r.outcome;
      await abortableDelay(lastCancelAtMs + CANCEL_SETTLE_MS - now(), r.controller.signal);
      if (r.outcome) return r.outcome;
      if (r.paused) continue;
      const index = r.index;
      const text = r.sentences[index];
      const sentence = new AbortController();
      r.sentence = sentence;
      const outcome = await speakSentence(speech, makeUtterance, {
        text,
        voice,
        signal: sentence.signal,
        onStart: () => {
          for (const listener of listeners.sentence) listener(index, text);
        },
        cancel: cancelSynth,
      });
      r.sentence = null;
      if (r.outcome) return r.outcome;
      if (outcome === 'ended') r.index += 1;
      else if (outcome === 'never-started' || outcome === 'failed') {
        announceVoiceless(lang, outcome);
        return 'silent';
      }
      // Interrupted by the browser itself, not by our pause (Android's own pause, another page's speech): the
      // player shows the rest as text rather than guess whether speaking again would be heard.
      else if (!sentence.signal.aborted) return 'silent';
    }
    return 'ended';
  }

  async function speak(text: string, lang: Lang): Promise<SpeakOutcome> {
    if (disposed) return 'cancelled';
    endRun('cancelled');
    // iOS ignores speech that did not start from a gesture, so nothing reaches the synth before unlock().
    if (!unlocked || muted || voiceless) return 'silent';
    if (!synth) {
      announceVoiceless(lang, 'no-voice');
      return 'silent';
    }
    const r: Run = {
      sentences: sentencesOf(text),
      index: 0,
      paused: false,
      outcome: null,
      controller: new AbortController(),
      sentence: null,
      wake: null,
    };
    run = r;
    const voices = await voicesFor(synth, lang, { waitMs: waitedForVoices ? 0 : VOICES_WAIT_MS, signal: r.controller.signal });
    if (r.outcome) return r.outcome;
    // Voices that have not come after one full wait are not coming: later speaks do not wait again.
    waitedForVoices = true;
    const voice = pickVoice(voices, lang);
    const outcome = voice ? await narrate(r, synth, voice, lang) : 'silent';
    if (run === r) run = null;
    if (!voice) announceVoiceless(lang, 'no-voice');
    return outcome;
  }

  return {
    speak,
    stop: () => endRun('cancelled'),
    pause() {
      if (!run || run.paused) return;
      // Not synth.pause(): Android's acts as cancel(), and elsewhere a paused synth can stay stuck. The sentence
      // is cancelled here and spoken again from its start on resume.
      run.paused = true;
      interruptSentence(run);
    },
    resume() {
      if (!run?.paused) return;
      run.paused = false;
      run.wake?.();
    },
    get paused() {
      return run?.paused ?? false;
    },
    get muted() {
      return muted;
    },
    set muted(value: boolean) {
      muted = value;
      remember.write(value);
      // The stop being spoken goes on as text: the player shows it for its reading time.
      if (value) endRun('silent');
    },
    unlock() {
      if (unlocked || disposed) return;
      unlocked = true;
      if (!synth) return;
      // iOS allows a page's later speech (ours comes after awaiting the voices, outside the gesture) only once an
      // utterance has been spoken inside a gesture: a silent, empty one does it.
      const primer = makeUtterance('');
      primer.volume = 0;
      synth.speak(primer);
      // Chrome starts loading its voices on the first ask.
      synth.getVoices();
    },
    get unlocked() {
      return unlocked;
    },
    get voiceless() {
      return voiceless;
    },
    on(event, listener) {
      const set = listeners[event] as Set<typeof listener>;
      set.add(listener);
      return () => void set.delete(listener);
    },
    dispose() {
      endRun('cancelled');
      disposed = true;
      listeners.sentence.clear();
      listeners.voiceless.clear();
    },
  };
}
