// What makes a room feel like a place but is not needed to find one's way (the furnishing, the baked shade, the
// surroundings over the walls): fetched and built once the first frame is on screen, so it never delays it, and
// so it is not part of the page's initial scripts (the bench's initial-JS budget counts what a page asked for by
// its first frame).
import { lazy, Suspense } from 'react';
import { useStartup } from '../startup/startupStore';

const Ambience = lazy(() => import('./ambience/Ambience'));

export function AfterFirstFrame() {
  const ready = useStartup((s) => s.ready);
  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      <Ambience />
    </Suspense>
  );
}
