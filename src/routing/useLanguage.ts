// Keeps the interface language, <html lang> and the remembered choice in step with the store.
import { useEffect } from 'react';
import { i18n } from '../i18n';
import { useTour } from '../state/tourStore';
import { rememberedLang } from '../state/memory';

export function useLanguage(): void {
  const lang = useTour((s) => s.lang);
  useEffect(() => {
    // i18next announces a change even to the language it already has, and every translated component then
    // renders again: on the first load that was the whole guide, just after it had been hydrated.
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    // Only on a change: the built page already names its language. Written every time, this effect held a
    // 19–26 ms task after hydration in Lighthouse's traces.
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
    if (rememberedLang.read() !== lang) rememberedLang.write(lang);
  }, [lang]);
}
