import { useTranslation } from '../i18n';
import { useTour } from '../state/tourStore';

// How to move, in a few words, for whoever lands on the 3D view; from above, how to pick a room.
export function ViewHelp() {
  const { t } = useTranslation();
  const overview = useTour((s) => s.overview);
  if (overview)
    return (
      <p id="view-help" className="view-help">
        {t('overviewHelp')}
      </p>
    );
  return (
    <p id="view-help" className="view-help">
      <span className="keyboard-only">{t('helpKeyboard')}</span>
      <span className="touch-only">{t('helpTouch')}</span>
    </p>
  );
}
