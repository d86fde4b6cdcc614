// The page: the 3D view and the guide beside it. Routing keeps the URL and the store in step.
import { lazy, Suspense, useEffect } from 'react';
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

/** Started at once, not at first render, so the 3D bundle downloads while React mounts the guide. */
const loadScene = () => import('./scene/Scene');
let scenePromise: ReturnType<typeof loadScene> | null = null;
export const preloadScene = () => (scenePromise ??= loadScene());
const Scene = lazy(preloadScene);

function usePrefersReducedMotion() {
  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const apply = () => tourStore.getState().setReducedMotion(query.matches);
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, []);
}

function NoWebGL() {
  const { t } = useTranslation();
  return <p className="no-webgl">{t('noWebgl')}</p>;
}

export function App({ webgl }: { webgl: boolean }) {
  useUrlSync();
  useLanguage();
  useDocumentTitle();
  usePrefersReducedMotion();
  const { t } = useTranslation();
  const roomName = useTour((s) => pick(s.house.rooms[s.roomId].name, s.lang));
  return (
    <div className="app">
      <main className="view" aria-label={t('viewLabel', { room: roomName })} tabIndex={0} aria-describedby="view-help">
        {webgl ? (
          <SceneBoundary fallback={<NoWebGL />}>
            <Suspense fallback={null}>
              <Scene />
            </Suspense>
            <LoadingScreen />
          </SceneBoundary>
        ) : (
          <NoWebGL />
        )}
        <RoomIntroCard />
        <ViewHelp />
      </main>
      <Overlay />
      <CaptionDialog />
    </div>
  );
}
