// Chooses the voice a tour is spoken in. The browser lists voices by BCP 47 tag, but not always in one spelling:
// Chrome on Android has been reported to give `en_US`, so tags are compared with `_` read as `-`, case ignored.
import type { Lang } from '../../i18n/languages';
import type { Voice } from './speechPort';

/** Tiers of regions, best first, for each language; any other region of the language comes after them. */
const PREFERRED_REGIONS: Record<Lang, readonly (readonly string[])[]> = {
  // The house is in Coyoacán: Mexican Spanish first, then other Latin American voices, then any Spanish.
  es: [['es-mx'], ['es-us', 'es-419']],
  en: [['en-us', 'en-gb']],
};

/** The voice's tag as BCP 47 spells it (`en_US` → `en-US`). */
export const languageTagOf = (voice: Pick<Voice, 'lang'>): string => voice.lang.replace(/_/g, '-');
const voiceTag = (voice: Pick<Voice, 'lang'>): string => languageTagOf(voice).toLowerCase();

/** The voice's tag is the language itself or the language with a region (`es`, `es-MX`), never `est` or `esperanto`. */
export function speaksLang(voice: Pick<Voice, 'lang'>, lang: Lang): boolean {
  const tag = voiceTag(voice);
  return tag === lang || tag.startsWith(`${lang}-`);
}

function regionRank(voice: Voice, lang: Lang): number {
  const tiers = PREFERRED_REGIONS[lang];
  const tier = tiers.findIndex((tags) => tags.includes(voiceTag(voice)));
  return tier === -1 ? tiers.length : tier;
}

/**
 * The best voice for the language, or null: region first (the accent is what a visitor hears), then a voice on the
 * device over one fetched from a server (those start late and fail offline), then the browser's default; ties keep
 * the browser's order.
 */
export function pickVoice(voices: readonly Voice[], lang: Lang): Voice | null {
  let best: Voice | null = null;
  let bestScore = Infinity;
  for (const voice of voices) {
    if (!speaksLang(voice, lang)) continue;
    const score = regionRank(voice, lang) * 4 + (voice.localService ? 0 : 2) + (voice.default ? 0 : 1);
    if (score < bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}
