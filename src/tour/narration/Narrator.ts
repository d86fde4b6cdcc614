// What the guided tours' player sees of the narration engine (createNarrator.ts builds it).
import type { Lang } from '../../i18n/languages';
import type { MuteMemory } from './rememberedMute';
import type { MakeUtterance, Synth } from './speechPort';

export type SpeakOutcome = 'ended' | 'cancelled' | 'silent';

/** Why a language goes unspoken: the browser has no voice for it, or its speech never starts or fails. */
export type VoicelessReason = 'no-voice' | 'never-started' | 'failed';

export interface NarratorEvents {
  /** A sentence's voice started: `index` into sentencesOf(text), so the subtitle can follow it. */
  sentence: (index: number, sentence: string) => void;
  /** Sent once per language without a voice and once when speech proves broken: tell the visitor, once. */
  voiceless: (cause: { lang: Lang; reason: VoicelessReason }) => void;
}

export interface Narrator {
  /**
   * Speaks the text sentence by sentence; a speak under way is cancelled first (it resolves 'cancelled').
   * 'silent' means nobody spoke it (locked, muted, no voice, speech broken, or interrupted by the browser): show
   * it for its readingTimeMs.
   */
  speak(text: string, lang: Lang): Promise<SpeakOutcome>;
  /** Cancels the speech; the pending speak resolves 'cancelled'. */
  stop(): void;
  /** The sentence being spoken is cancelled, and spoken again from its start on resume(); speak stays pending. */
  pause(): void;
  resume(): void;
  readonly paused: boolean;
  /** Remembered between visits. Muting mid-stop cancels the voice and the pending speak resolves 'silent'. */
  muted: boolean;
  /** Call from a visitor's click or key handler, before or with the first speak. */
  unlock(): void;
  readonly unlocked: boolean;
  /** Speech failed this session (never started, or errors): every speak now resolves 'silent' at once. */
  readonly voiceless: boolean;
  on<E extends keyof NarratorEvents>(event: E, listener: NarratorEvents[E]): () => void;
  dispose(): void;
}

export interface NarratorOptions {
  /** Defaults to the page's `speechSynthesis`; null or missing means no speech at all. */
  synth?: Synth | null;
  makeUtterance?: MakeUtterance;
  remember?: MuteMemory;
  now?: () => number;
}
