// What makes a room feel like a place but is not needed to find one's way (the furnishing, the baked shade, the
// surroundings over the walls), and the captions: fetched and built once the first frame is on screen, so they
// never delay it, and not part of the page's initial scripts (the bench's initial-JS budget counts what a page asked for by
// its first frame).
import { lazy, Suspense, useEffect } from 'react';
import { useStartup } from '../startup/startupStore';
import { loadCaptions } from '../content/captions';

const Ambience = lazy(() => import('./ambience/Ambience'));

export function AfterFirstFrame() {
  const ready = useStartup((s) => s.ready);
  // The captions, too, so that an object opened later shows its caption at once.
  useEffect(() => {
    if (ready) void loadCaptions();
  }, [ready]);
  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      <Ambience />
    </Suspense>
  );
}
