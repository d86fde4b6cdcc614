// Tells the guided tour's stops: when the visitor has arrived at a stop and the tour plays, its narration is spoken
// (or, muted or voiceless, shown for its reading time) and the store hears when it has ended. It follows the store
// as the scene does; the store decides what plays.
import type { StoreApi } from 'zustand';
import type { TourState } from '../state/tourStore';
import { awayFromStop, currentTour } from '../state/slices/guidedTour';
import { sentencesOf } from '../../rooms/tours/sentences';
import { readingTimeMs, type Narrator } from './narration';
import { startReadingTimer, type ReadingTimer } from './readingTimer';

/** What is being told: a stop is told anew when it, or the language it is told in, changes. */
interface Told {
  tourId: string;
  stop: number;
  lang: TourState['lang'];
}
/** Compared field by field: the store changes with every step of a glide, and this runs on each. */
const isTelling = (told: Told | null, s: TourState) =>
  !!told && !!s.guided && told.tourId === s.guided.tourId && told.stop === s.guided.stop && told.lang === s.lang;

/** The tour waits while the visitor travels, reads a caption, or has walked away from the stop. */
const listening = (s: TourState) => !!s.guided?.playing && !s.travel && !s.exhibitId && !awayFromStop(s);

/** `onSentence` hears which sentence of the stop the voice is saying (null when none is), so the subtitle can follow. */
export function narrateTour(
  store: StoreApi<TourState>,
  narrator: Narrator,
  onSentence: (index: number | null) => void = () => {},
): () => void {
  let told: Told | null = null;
  let reading: ReadingTimer | null = null;
  /** Sentences already spoken of the stop being told: muting mid-stop leaves the rest to read. */
  let spokenSentences = 0;

  const stopTelling = () => {
    onSentence(null);
    narrator.stop();
    reading?.cancel();
    reading = null;
  };

  async function tell(key: Told, s: TourState) {
    const stop = currentTour(s)?.stops[s.guided!.stop];
    if (!stop) return;
    const text = stop.narration[s.lang];
    spokenSentences = 0;
    const outcome = await narrator.speak(text, s.lang);
    if (told !== key) return;
    onSentence(null);
    if (outcome === 'ended') return store.getState().stopEnded();
    if (outcome === 'cancelled') return;
    const rest = sentencesOf(text).slice(spokenSentences).join(' ');
    reading = startReadingTimer(readingTimeMs(rest || text, s.lang), () => {
      reading = null;
      if (told === key) store.getState().stopEnded();
    });
    if (!listening(store.getState())) reading.pause();
  }

  const follow = (s: TourState) => {
    if (narrator.muted !== s.narrationMuted) narrator.muted = s.narrationMuted;
    if (!s.guided || s.guided.finished) {
      if (told) stopTelling();
      told = null;
      return;
    }
    if (!isTelling(told, s)) {
      // A new stop (or language): whatever was being told of the last one ends at once.
      if (told) stopTelling();
      told = null;
      if (!listening(s)) return;
      const key = { tourId: s.guided.tourId, stop: s.guided.stop, lang: s.lang };
      told = key;
      void tell(key, s);
      return;
    }
    if (listening(s)) {
      narrator.resume();
      reading?.resume();
    } else {
      narrator.pause();
      reading?.pause();
    }
  };

  const offSentence = narrator.on('sentence', (index) => {
    spokenSentences = index;
    onSentence(index);
  });
  const offVoiceless = narrator.on('voiceless', ({ lang }) => store.getState().speechFailed(lang));
  follow(store.getState());
  const unsubscribe = store.subscribe(follow);
  return () => {
    unsubscribe();
    offSentence();
    offVoiceless();
    stopTelling();
  };
}
