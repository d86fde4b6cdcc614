// "Overview" opens the view of the whole house from above; while it is open the same button reads "Back to walking".
// The list of rooms to fly into comes with it, fetched the first time the overview opens.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTour } from '../state/tourStore';
import { useTranslation } from '../i18n';

const OverviewPanel = lazy(() => import('./OverviewPanel'));

export function OverviewButton() {
  const { t } = useTranslation();
  const overview = useTour((s) => s.overview);
  const open = useTour((s) => s.openOverview);
  const close = useTour((s) => s.closeOverview);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(overview);
  // Flying into a room from the list takes the focused button away with the list: focus comes back here.
  useEffect(() => {
    if (wasOpen.current && !overview && document.activeElement === document.body) button.current?.focus();
    wasOpen.current = overview;
  }, [overview]);
  return (
    <>
      <button ref={button} type="button" className="overview-button" onClick={overview ? close : open}>
        {t(overview ? 'overviewBack' : 'overview')}
      </button>
      {overview && (
        <Suspense fallback={null}>
          <OverviewPanel />
        </Suspense>
      )}
    </>
  );
}
