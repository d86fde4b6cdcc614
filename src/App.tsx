// The page: the 3D view and the guide beside it. Routing keeps the URL and the store in step.
import { lazy, Suspense, useEffect } from 'react';
import { Overlay } from './overlay/Overlay';
import { LoadingScreen } from './overlay/LoadingScreen';
import { ViewHelp } from './overlay/ViewHelp';
import { useHashSync } from './routing/useHashSync';
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
  return (
    <p className="no-webgl">
      This browser cannot show the 3D house (WebGL is not available). The guide beside this message still describes
      every room and lets you move through the house.
    </p>
  );
}

export function App({ webgl }: { webgl: boolean }) {
  useHashSync();
  useDocumentTitle();
  usePrefersReducedMotion();
  const roomName = useTour((s) => s.house.rooms[s.roomId].name.en);
  return (
    <div className="app">
      <main className="view" aria-label={`3D view: ${roomName}`} tabIndex={0} aria-describedby="view-help">
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
        <ViewHelp />
      </main>
      <Overlay />
    </div>
  );
}
