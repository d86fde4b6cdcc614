// Fetches the eras' houses the first time a visitor asks for another era (the time control or `?era=`), and lends
// them to the store, which then applies the era.
import { useEffect } from 'react';
import { tourStore } from '../state/tourStore';

export function useEras(): void {
  useEffect(() => {
    let asked = false;
    const load = () => {
      const s = tourStore.getState();
      if (asked || !s.pendingEra || s.erasKit) return;
      asked = true;
      void import('./eraHouses')
        .then(({ loadErasKit }) => loadErasKit(s.house, s.defaultEra, tourStore.getState().pendingEra))
        .then((kit) => tourStore.getState().connectEras(kit));
    };
    load();
    return tourStore.subscribe(load);
  }, []);
}
