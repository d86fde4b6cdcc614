// English or Spanish, for the whole tour; the choice is kept in the address and remembered.
import { useTour } from '../state/tourStore';
import { LANGUAGES, useTranslation, type Lang } from '../i18n';

const NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useTour((s) => s.lang);
  const setLang = useTour((s) => s.setLang);
  return (
    <div role="group" aria-label={t('language')} className="language-switch">
      {LANGUAGES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
