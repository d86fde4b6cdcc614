// The only code that touches `location`: the hash drives the store on load and on every hash change, and the
// store's current room is written back to the hash (a history entry per room, so Back returns to the last one).
import { useEffect } from 'react';
import { tourStore } from '../state/tourStore';
import { formatHash, parseHash } from './hash';

export function useHashSync(): void {
  useEffect(() => {
    const read = () => parseHash(window.location.hash, tourStore.getState().house.order);
    const fromUrl = () => tourStore.getState().arriveFromUrl(read());
    tourStore.getState().arriveFromUrl(read(), { initial: true });
    const writeUrl = () => {
      const hash = formatHash(tourStore.getState().roomId);
      if (window.location.hash === hash) return;
      const current = parseHash(window.location.hash, tourStore.getState().house.order);
      // A bad or empty address is replaced rather than kept in history.
      const method = current.kind === 'room' ? 'pushState' : 'replaceState';
      window.history[method](null, '', hash);
    };
    writeUrl();
    const unsubscribe = tourStore.subscribe((state, previous) => {
      if (state.roomId !== previous.roomId) writeUrl();
    });
    window.addEventListener('hashchange', fromUrl);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', fromUrl);
    };
  }, []);
}
