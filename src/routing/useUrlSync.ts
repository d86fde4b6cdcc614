// The app's only code that touches `location` (the head script only reads it, see firstScreen.ts): the address
// drives the store on load and on every hash change, and the store's place (room, open object, guided tour's stop,
// overview) and language are written back (a history entry per place, so Back returns there).
import { useEffect } from 'react';
import { tourStore, type TourState } from '../state/tourStore';
import { LANGUAGES } from '../i18n';
import { formatHash, formatTourHash, OVERVIEW_HASH, parseHash, unknownLangParam } from './hash';
import { initialLang } from './initialLang';

const known = (s: TourState) => ({ rooms: s.house.order, exhibits: s.house.exhibits });

/** A guided tour's address is its stop's wherever the visitor wanders during it; then the overview's; then the place's. */
const hashOf = (s: TourState) =>
  s.guided ? formatTourHash(s.guided.tourId, s.guided.stop) : s.overview ? OVERVIEW_HASH : formatHash(s.roomId, s.exhibitId);

/** A change of these is a new place in the visit's history. */
const placeChanged = (s: TourState, p: TourState) =>
  s.guided?.tourId !== p.guided?.tourId ||
  s.guided?.stop !== p.guided?.stop ||
  s.overview !== p.overview ||
  (!s.guided && (s.roomId !== p.roomId || s.exhibitId !== p.exhibitId));

function addressOf(s: TourState): string {
  const params = new URLSearchParams(window.location.search);
  if (s.lang === 'en') params.delete('lang');
  else params.set('lang', s.lang);
  if (s.era === s.defaultEra) params.delete('era');
  else params.set('era', s.era);
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}${hashOf(s)}`;
}

export function useUrlSync(): void {
  useEffect(() => {
    const store = tourStore.getState();
    store.setLang(initialLang());
    const unknownLang = unknownLangParam(window.location.search, LANGUAGES);
    if (unknownLang) store.langUnavailable(unknownLang);
    const eraOf = () => new URLSearchParams(window.location.search).get('era');
    const askedEra = eraOf();
    const first = parseHash(window.location.hash, known(store));
    // An object of another era (the raid's, on ?era=1940-05-24) is known once that era's house has arrived: until
    // then the visitor waits at its room's entrance, and the address is read again in the era's house.
    const waitsForEra = first.kind === 'unknown-exhibit' && askedEra !== null && askedEra !== store.era && store.eraIds.includes(askedEra);
    store.arriveFromUrl(waitsForEra ? { kind: 'room', roomId: first.roomId } : first, { initial: true });
    let stopWaiting = () => {};
    if (waitsForEra) {
      const hash = window.location.hash;
      stopWaiting = tourStore.subscribe((s) => {
        if (s.era !== askedEra) return;
        stopWaiting();
        s.arriveFromUrl(parseHash(hash, known(s)));
      });
    }
    if (askedEra !== null) store.requestEra(askedEra);
    // Back and Forward across a change of era change the query, not the hash.
    const fromHistory = () => {
      const era = eraOf() ?? tourStore.getState().defaultEra;
      if (era !== tourStore.getState().era) tourStore.getState().requestEra(era);
    };

    const fromUrl = () => {
      const parsed = parseHash(window.location.hash, known(tourStore.getState()));
      tourStore.getState().arriveFromUrl(parsed);
      // A bad address typed while in the room it falls back to changes no room, so nothing else would fix the URL.
      if (parsed.kind === 'unknown-room' || parsed.kind === 'unknown-exhibit') writeUrl(true);
    };
    const writeUrl = (replace: boolean) => {
      const next = addressOf(tourStore.getState());
      const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
      if (next === current) return;
      window.history[replace ? 'replaceState' : 'pushState'](null, '', next);
    };
    // A bad or empty address is replaced rather than kept in history.
    writeUrl(true);
    const unsubscribe = tourStore.subscribe((state, previous) => {
      if (placeChanged(state, previous) || state.era !== previous.era) writeUrl(false);
      else if (state.lang !== previous.lang) writeUrl(true);
    });
    window.addEventListener('hashchange', fromUrl);
    window.addEventListener('popstate', fromHistory);
    return () => {
      stopWaiting();
      unsubscribe();
      window.removeEventListener('hashchange', fromUrl);
      window.removeEventListener('popstate', fromHistory);
    };
  }, []);
}
