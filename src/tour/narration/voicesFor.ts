// The voices for a language, once the browser knows them. Chrome's `getVoices()` is empty until its first
// `voiceschanged`; Safari may never send that event, and a browser without voices sends nothing at all.
import type { Lang } from '../../i18n/languages';
import { speaksLang } from './pickVoice';
import type { Synth, Voice } from './speechPort';

interface VoicesForOptions {
  /** How long to wait for `voiceschanged` when `getVoices()` starts empty; then there is no voice. */
  waitMs: number;
  /** Aborting resolves with no voices at once and leaves no listener or timer behind. */
  signal?: AbortSignal;
}

export function voicesFor(synth: Synth, lang: Lang, { waitMs, signal }: VoicesForOptions): Promise<Voice[]> {
  const forLang = (voices: readonly Voice[]) => voices.filter((voice) => speaksLang(voice, lang));
  const known = synth.getVoices();
  if (known.length > 0 || signal?.aborted) return Promise.resolve(forLang(known));
  return new Promise((resolve) => {
    const finish = (voices: readonly Voice[]) => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', onVoicesChanged);
      signal?.removeEventListener('abort', onAbort);
      resolve(forLang(voices));
    };
    // Some browsers announce a change before the list is filled: wait for the first one that brings voices.
    const onVoicesChanged = () => {
      const voices = synth.getVoices();
      if (voices.length > 0) finish(voices);
    };
    const onAbort = () => finish([]);
    const timer = setTimeout(() => finish(synth.getVoices()), waitMs);
    synth.addEventListener('voiceschanged', onVoicesChanged);
    signal?.addEventListener('abort', onAbort);
  });
}
