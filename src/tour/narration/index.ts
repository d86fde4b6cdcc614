// The guided tours' narration engine: the player imports from here.
export { createNarrator, CANCEL_SETTLE_MS, VOICES_WAIT_MS } from './createNarrator';
export type { Narrator, NarratorEvents, NarratorOptions, SpeakOutcome, VoicelessReason } from './Narrator';
export { pickVoice, speaksLang } from './pickVoice';
export { voicesFor } from './voicesFor';
export { readingTimeMs, READING_FLOOR_MS, READING_PACE_WORDS_PER_MIN } from './readingTimeMs';
export { START_WATCHDOG_MS } from './speakSentence';
export type { MakeUtterance, Synth, Utterance, UtteranceEvents, Voice } from './speechPort';
