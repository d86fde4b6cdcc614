// What the tour remembers between visits. Storage may be missing, full or hold anything: every read is checked
// and every failure falls back to the default, silently.
import { isLang, type Lang } from '../i18n';

const KEY = 'casa-trotsky:lang';

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export const rememberedLang = {
  read(): Lang | null {
    try {
      const value = safeStorage()?.getItem(KEY);
      return isLang(value) ? value : null;
    } catch {
      return null;
    }
  },
  write(lang: Lang): void {
    try {
      safeStorage()?.setItem(KEY, lang);
    } catch {
      /* storage full or forbidden: the choice lasts for this visit only */
    }
  },
};
