// How long a stop stays on screen when nobody speaks it (muted, or no voice): long enough to read its subtitle
// while glancing at the room.
import type { Lang } from '../../i18n/languages';

/**
 * Subtitle reading pace, slower than reading a page (adults read English prose at about 228 words per minute and
 * Spanish at about 218, Trauzettel-Klosinski et al. 2012) because the visitor also looks at the room; Spanish keeps
 * that study's ratio (0.96).
 */
export const READING_PACE_WORDS_PER_MIN: Record<Lang, number> = { en: 160, es: 153 };

/** Even a one-line stop stays this long: the camera has just arrived and the eye needs a moment to find the text. */
export const READING_FLOOR_MS = 4_000;

const MS_PER_MIN = 60_000;

export const wordCount = (text: string): number => text.split(/\s+/).filter((word) => word.length > 0).length;

export function readingTimeMs(text: string, lang: Lang): number {
  return Math.max(READING_FLOOR_MS, Math.round((wordCount(text) * MS_PER_MIN) / READING_PACE_WORDS_PER_MIN[lang]));
}
