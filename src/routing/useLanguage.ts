// Keeps the interface language, <html lang> and the remembered choice in step with the store.
import { useEffect } from 'react';
import { i18n } from '../i18n';
import { useTour } from '../state/tourStore';
import { rememberedLang } from '../state/memory';

export function useLanguage(): void {
  const lang = useTour((s) => s.lang);
  useEffect(() => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    rememberedLang.write(lang);
  }, [lang]);
}
