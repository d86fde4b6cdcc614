// i18next for the interface text; the store's `lang` decides, and this follows it.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Localized } from '../../rooms/schema';
import { en } from './en';
import { es } from './es';

import type { Lang } from './languages';

export { LANGUAGES, isLang, type Lang } from './languages';

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: 'en',
  fallbackLng: 'en',
  // React escapes text itself.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export const i18n = i18next;
export { useTranslation };

/** The visitor's language version of a content string. */
export const pick = (text: Localized, lang: Lang): string => text[lang];
