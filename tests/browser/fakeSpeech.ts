// A stand-in for the page's speech synthesis, installed before the page's scripts run: it records every
// utterance the tour asks for (its text, language and whether a visitor's gesture was active), and "speaks" each
// in a few milliseconds, so a test can watch narration without sound. With no voices it behaves like a browser
// that has none (Debian's headless Chromium has none either).
import type { BrowserContext, Page } from 'playwright-core';

export interface Spoken {
  text: string;
  lang: string;
  gesture: boolean;
}

export async function installFakeSpeech(context: BrowserContext, { voices = true } = {}): Promise<void> {
  await context.addInitScript((withVoices: boolean) => {
    const spoken: { text: string; lang: string; gesture: boolean }[] = [];
    const voiceList = withVoices
      ? [
          { name: 'Test English', lang: 'en-US', default: true, localService: true, voiceURI: 'test-en' },
          { name: 'Test Español', lang: 'es-ES', default: false, localService: true, voiceURI: 'test-es' },
        ]
      : [];
    class TestUtterance extends EventTarget {
      text: string;
      lang = '';
      voice: unknown = null;
      volume = 1;
      rate = 1;
      pitch = 1;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    let current: TestUtterance | null = null;
    const timers: number[] = [];
    const synth = Object.assign(new EventTarget(), {
      speaking: false,
      pending: false,
      paused: false,
      getVoices: () => voiceList,
      speak(u: TestUtterance) {
        spoken.push({ text: u.text, lang: u.lang, gesture: navigator.userActivation?.isActive ?? false });
        current = u;
        timers.push(window.setTimeout(() => u.dispatchEvent(new Event('start')), 10));
        timers.push(
          window.setTimeout(() => {
            if (current === u) current = null;
            u.dispatchEvent(new Event('end'));
          }, 40),
        );
      },
      cancel() {
        timers.splice(0).forEach((t) => clearTimeout(t));
        current = null;
      },
      pause() {},
      resume() {},
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: TestUtterance, configurable: true });
    (window as unknown as { testSpeech: object }).testSpeech = { spoken };
  }, voices);
}

/** What the page asked to be spoken, words only (the empty utterance that unlocks speech on iOS left out). */
export const spokenWords = (page: Page): Promise<Spoken[]> =>
  page.evaluate(() => (window as any).testSpeech.spoken.filter((s: Spoken) => s.text.trim() !== ''));

/** Every utterance, the unlocking empty one included. */
export const allUtterances = (page: Page): Promise<Spoken[]> => page.evaluate(() => (window as any).testSpeech.spoken);
