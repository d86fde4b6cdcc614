// Which language a visit starts in: the address first, then what the visitor chose before, then the browser's.
// Asked by the app, and by the head script before it (firstScreen.ts), to tell whether the prerendered first
// screen is in that language.
import { LANGUAGES, type Lang } from '../i18n/languages';
import { parseLangParam } from './hash';
import { rememberedLang } from '../state/memory';

export function initialLang(): Lang {
  const fromUrl = parseLangParam(window.location.search, LANGUAGES) as Lang | null;
  if (fromUrl) return fromUrl;
  const remembered = rememberedLang.read();
  if (remembered) return remembered;
  return navigator.language?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
