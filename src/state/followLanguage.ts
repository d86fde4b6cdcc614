// The store's `lang` is the visit's language; the interface strings (i18next), <html lang> and the remembered
// choice follow it, through this one subscription. The store knows nothing of them, so it stays testable alone.
import type { StoreApi } from 'zustand/vanilla';
import { i18n } from '../i18n';
import type { Lang } from '../i18n/languages';
import type { TourState } from './tourStore';
import { rememberedLang } from './memory';

export interface LanguageFollowers {
  strings: { readonly language: string; changeLanguage(lang: Lang): unknown };
  /** The page's root element, whose `lang` names the page's language. */
  page: { lang: string };
  memory: { read(): Lang | null; write(lang: Lang): void };
}

const pageFollowers = (): LanguageFollowers => ({ strings: i18n, page: document.documentElement, memory: rememberedLang });

export function followLanguage(store: StoreApi<TourState>, followers: LanguageFollowers = pageFollowers()): () => void {
  const { strings, page, memory } = followers;
  // Each is written only when it differs. i18next announces a change even to the language it already has, and
  // every translated component then renders again: on the first load that was the whole guide, just after it had
  // been hydrated. The built page already names its language: written every time, the effect that did this before
  // held a 19–26 ms task after hydration in Lighthouse's traces.
  const follow = ({ lang, arrived }: TourState) => {
    // Until the address has been read the language is the prerendered page's, not the visit's.
    if (!arrived) return;
    if (strings.language !== lang) void strings.changeLanguage(lang);
    if (page.lang !== lang) page.lang = lang;
    if (memory.read() !== lang) memory.write(lang);
  };
  follow(store.getState());
  return store.subscribe((state, previous) => {
    if (state.lang !== previous.lang || state.arrived !== previous.arrived) follow(state);
  });
}
