// Polite messages about the address the visitor asked for, announced by screen readers without taking focus.
import { useTour } from '../state/tourStore';

export function NoticeBanner() {
  const notice = useTour((s) => s.notice);
  const dismiss = useTour((s) => s.dismissNotice);
  const here = useTour((s) => s.house.rooms[s.roomId].name.en);
  return (
    <div role="status" className={notice ? 'notice' : 'notice empty'}>
      {notice?.kind === 'unknown-room' && (
        <>
          <p>
            There is no room called “{notice.requested.slice(0, 60)}” in this house, so the tour starts in the {here}.
          </p>
          <button type="button" onClick={dismiss} aria-label="Dismiss this notice">
            ×
          </button>
        </>
      )}
    </div>
  );
}
