// One sentence as one utterance, watched: the narrator hears how it went and never waits forever.
import { languageTagOf } from './pickVoice';
import { wordCount } from './readingTimeMs';
import type { MakeUtterance, Synth, Utterance, UtteranceEvents, Voice } from './speechPort';

/**
 * - `ended`: spoken to the end.
 * - `interrupted`: the signal aborted it (stop, pause, mute, a new speak) or the browser cancelled it.
 * - `never-started`: no `start` within the watchdog (the Quest browser's speech is reported to stay silent so).
 * - `failed`: the browser reported an error other than an interruption.
 */
export type SentenceOutcome = 'ended' | 'interrupted' | 'never-started' | 'failed';

/**
 * A voice that has not started within this was never going to: a voice on the device starts within a few hundred
 * milliseconds, and one fetched from a server (which pickVoice avoids) within about a second.
 */
export const START_WATCHDOG_MS = 3_000;

/**
 * A started sentence that has not ended after this has stalled (Chrome stops long utterances without an `end`):
 * the narration moves on. Speech runs at about 150 words a minute; this allows 60, plus a margin.
 */
const STALL_MS_PER_WORD = 1_000;
const STALL_MARGIN_MS = 5_000;
export const stallAfterMs = (text: string): number => STALL_MARGIN_MS + wordCount(text) * STALL_MS_PER_WORD;

/** The browser's codes for an utterance it dropped because it was told to (cancel, or speech of higher priority). */
const INTERRUPTIONS = new Set(['interrupted', 'canceled']);

interface SentenceRequest {
  text: string;
  voice: Voice;
  signal: AbortSignal;
  /** Called on `start`, so a subtitle follows the voice rather than the request. */
  onStart(): void;
  /** Cancels the synth (the narrator's own, which notes when, see CANCEL_SETTLE_MS). */
  cancel(): void;
}

export function speakSentence(
  synth: Synth,
  makeUtterance: MakeUtterance,
  { text, voice, signal, onStart, cancel }: SentenceRequest,
): Promise<SentenceOutcome> {
  if (signal.aborted) return Promise.resolve('interrupted');
  return new Promise((resolve) => {
    const utterance: Utterance = makeUtterance(text);
    // The voice's own tag (`es-MX`) rather than the bare language: iOS has been reported to pick the voice by
    // `lang` and to ignore `voice`.
    utterance.voice = voice;
    utterance.lang = languageTagOf(voice);
    let timer = setTimeout(() => {
      finish('never-started');
      cancel();
    }, START_WATCHDOG_MS);

    const onUtteranceStart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        finish('ended');
        cancel();
      }, stallAfterMs(text));
      onStart();
    };
    const onEnd = () => finish('ended');
    const onError = ({ error }: UtteranceEvents['error']) => finish(error && INTERRUPTIONS.has(error) ? 'interrupted' : 'failed');
    const onAbort = () => finish('interrupted');

    // Listeners come off before anyone cancels: Safari sends `end` for a cancelled utterance, which would otherwise
    // read as a sentence finished. Until then the abort listener on the narrator's signal holds `utterance`: Chrome
    // drops the events of an utterance that was garbage-collected while speaking.
    function finish(outcome: SentenceOutcome) {
      clearTimeout(timer);
      utterance.removeEventListener('start', onUtteranceStart);
      utterance.removeEventListener('end', onEnd);
      utterance.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    }

    utterance.addEventListener('start', onUtteranceStart);
    utterance.addEventListener('end', onEnd);
    utterance.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort);
    synth.speak(utterance);
  });
}
