// Splits a narration into its sentences. Validation counts them (a stop says 2–5), and the player can speak them
// one at a time: Chrome's speech synthesis stalls on long utterances.

/**
 * A sentence ends at `.`, `!`, `?` or `…`, with any closing quotes or brackets, where the next one starts with a
 * capital letter, a digit or an opening quote or mark (“ « ¿ ¡). A full stop before a lower-case word (an
 * abbreviation, a quoted phrase that runs on) does not end it.
 */
const SENTENCE_END = /(?<=[.!?…]["”»’)]*)\s+(?=["“«¿¡(]?[\p{Lu}\d])/u;

export function sentencesOf(text: string): string[] {
  return text
    .trim()
    .split(SENTENCE_END)
    .filter((s) => s.length > 0);
}
