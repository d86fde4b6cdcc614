// Polite messages about the address the visitor asked for, announced by screen readers without taking focus.
import { useTour } from '../state/tourStore';
import { pick, useTranslation } from '../i18n';

/** Long requested names are cut for display; the address itself may be anything. */
const MAX_SHOWN_CHARS = 60;

const MESSAGE_KEYS = {
  'unknown-room': 'unknownRoom',
  'unknown-exhibit': 'unknownExhibit',
  'unknown-lang': 'unknownLang',
  'unknown-tour': 'unknownTour',
  'unknown-era': 'unknownEra',
  'unknown-stop': 'unknownStop',
} as const;

export function NoticeBanner() {
  const { t } = useTranslation();
  const notice = useTour((s) => s.notice);
  const dismiss = useTour((s) => s.dismissNotice);
  const room = useTour((s) => pick(s.house.rooms[s.roomId].name, s.lang));
  const message =
    notice &&
    (notice.kind === 'vr-failed'
      ? t('vrFailed')
      : t(MESSAGE_KEYS[notice.kind], {
          requested: notice.requested.slice(0, MAX_SHOWN_CHARS),
          room,
          ...(notice.kind === 'unknown-stop' && { count: notice.count }),
        }));
  return (
    <div role="status" className={notice ? 'notice' : 'notice empty'}>
      {message && (
        <>
          <p>{message}</p>
          <button type="button" onClick={dismiss} aria-label={t('dismissNotice')}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
