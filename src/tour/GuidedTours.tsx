// The guided tours' code, fetched when a visitor first opens the tours' section or a tour address: it lends the
// store its kit (the tours, the way to each stop, the voice's unlock), tells the stops while the tour plays, and
// shows the player over the view (or atop the text tour).
import { useEffect, useState } from 'react';
import { tourStore } from '../state/tourStore';
import { createNarrator } from './narration';
import { createTourKit } from './tourKit';
import { narrateTour } from './narrateTour';
import { addTourStrings } from './i18n/addTourStrings';
import { useTourKeys } from './useTourKeys';
import { TourPlayer } from './TourPlayer';
import { walkGraph } from '../plan/walkGraph';
import './TourPlayer.css';

addTourStrings();

export default function GuidedTours() {
  const [narrator] = useState(() => createNarrator());
  /** The sentence the voice is saying, marked in the subtitle. */
  const [sentence, setSentence] = useState<number | null>(null);
  useEffect(() => {
    const store = tourStore;
    const takeBack = store.getState().connectTours(createTourKit(narrator));
    const stopNarrating = narrateTour(store, narrator, setSentence);
    // The walking graph takes 80–480 ms to build here (99 points); built while the page is idle, the first "Next"
    // does not wait for it.
    const idle = window.requestIdleCallback?.(() => walkGraph(store.getState().house)) ?? null;
    return () => {
      if (idle !== null) window.cancelIdleCallback(idle);
      stopNarrating();
      takeBack();
    };
  }, [narrator]);
  useEffect(() => () => narrator.dispose(), [narrator]);
  useTourKeys();
  return <TourPlayer speaking={sentence} />;
}
