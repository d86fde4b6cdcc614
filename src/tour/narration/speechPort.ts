// The part of the Web Speech API the narrator uses, narrowed so a test can hand it a fake and so the browser's own
// `speechSynthesis` and `SpeechSynthesisUtterance` fit it as they are.

export type Voice = Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'localService' | 'default' | 'voiceURI'>;

/** Only the events the narrator listens to; `error` carries the browser's code ('interrupted', 'not-allowed', …). */
export interface UtteranceEvents {
  start: unknown;
  end: unknown;
  error: { error?: string };
}

export interface Utterance {
  text: string;
  lang: string;
  voice: Voice | null;
  volume: number;
  addEventListener<K extends keyof UtteranceEvents>(type: K, listener: (event: UtteranceEvents[K]) => void): void;
  removeEventListener<K extends keyof UtteranceEvents>(type: K, listener: (event: UtteranceEvents[K]) => void): void;
}

export interface Synth {
  getVoices(): readonly Voice[];
  speak(utterance: Utterance): void;
  cancel(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

export type MakeUtterance = (text: string) => Utterance;
