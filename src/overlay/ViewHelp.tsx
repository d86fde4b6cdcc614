import { useTranslation } from '../i18n';

// How to move, in a few words, for whoever lands on the 3D view.
export function ViewHelp() {
  const { t } = useTranslation();
  return (
    <p id="view-help" className="view-help">
      <span className="keyboard-only">{t('helpKeyboard')}</span>
      <span className="touch-only">{t('helpTouch')}</span>
    </p>
  );
}
