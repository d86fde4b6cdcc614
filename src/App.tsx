// The page: the 3D view and the guide beside it. Routing keeps the URL and the store in step.
import { lazy, memo, Suspense, useEffect, useSyncExternalStore } from 'react';
import { Overlay } from './overlay/Overlay';
import { LoadingScreen } from './overlay/LoadingScreen';
import { ViewHelp } from './overlay/ViewHelp';
import { useUrlSync } from './routing/useUrlSync';
import { useLanguage } from './routing/useLanguage';
import { CaptionDialog } from './overlay/CaptionDialog';
import { RoomIntroCard } from './overlay/RoomIntroCard';
import { pick, useTranslation } from './i18n';
import { useDocumentTitle } from './routing/useDocumentTitle';
import { tourStore, useTour } from './state/tourStore';
import { SceneBoundary } from './SceneBoundary';
import { TextTour } from './textTour/TextTour';
import { loadGuidedTours } from './tour/loadGuidedTours';
import { useEras } from './content/useEras';

/** Started at once, not at first render, so the 3D bundle downloads while React mounts the guide. */
const loadScene = () => import('./scene/Scene');
let scenePromise: ReturnType<typeof loadScene> | null = null;
export const preloadScene = () => (scenePromise ??= loadScene());
const Scene = lazy(preloadScene);
/** The guided tours' code and data, fetched once a visitor asks for a tour. */
const GuidedTours = lazy(loadGuidedTours);

function usePrefersReducedMotion() {
  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const apply = () => tourStore.getState().setReducedMotion(query.matches);
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, []);
}

const noSubscription = () => () => {};
/**
 * False on the server and while hydrating, true once the page is the client's. The 3D view is rendered only then:
 * it cannot be prerendered, and a boundary that suspended in renderToString is hydrated with a recoverable error.
 * Its code is already downloading (preloadScene), so waiting for hydration costs it nothing.
 */
const useHydrated = () => useSyncExternalStore(noSubscription, () => true, () => false);

/** Its own component, so that the switch after hydration renders this alone, not the whole page again. */
function SceneOnceHydrated() {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <Suspense fallback={null}>
      <Scene />
    </Suspense>
  );
}

/** The guide and the caption take no props: a change that renders App (the room's name) need not render them. */
const Guide = memo(Overlay);
const Caption = memo(CaptionDialog);

export function App() {
  useUrlSync();
  useLanguage();
  useDocumentTitle();
  usePrefersReducedMotion();
  useEras();
  const { t } = useTranslation();
  const roomName = useTour((s) => pick(s.house.rooms[s.roomId].name, s.lang));
  // Without a 3D view the room is told in text where the view would be.
  const textOnly = useTour((s) => s.textOnly);
  const fallBackToText = useTour((s) => s.fallBackToText);
  const toursWanted = useTour((s) => s.toursWanted);
  return (
    <div className="app">
      <main
        className={textOnly ? 'view text-view' : 'view'}
        aria-label={t(textOnly ? 'textTourLabel' : 'viewLabel', { room: roomName })}
        tabIndex={textOnly ? undefined : 0}
        aria-describedby={textOnly ? undefined : 'view-help'}
      >
        {toursWanted && (
          <Suspense fallback={null}>
            <GuidedTours />
          </Suspense>
        )}
        {textOnly ? (
          <TextTour />
        ) : (
          <SceneBoundary fallback={<TextTour />} onFail={fallBackToText}>
            <SceneOnceHydrated />
            <LoadingScreen />
          </SceneBoundary>
        )}
        {!textOnly && <RoomIntroCard />}
        {!textOnly && <ViewHelp />}
      </main>
      <Guide />
      <Caption />
    </div>
  );
}
