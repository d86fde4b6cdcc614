// Fetches the eras' houses the first time a visitor asks for another era (the time control or `?era=`), and lends
// them to the store, which then applies the era. The scene builds the new house's meshes while it keeps drawing the
// old ones (scene/useHouseMeshes.ts).
import { useEffect } from 'react';
import type { House } from '../../rooms/validate';
import { tourStore } from '../state/tourStore';
import { unpackHouse } from './packedHouse';

export function useEras(): void {
  useEffect(() => {
    let asked = false;
    const load = () => {
      const s = tourStore.getState();
      if (asked || !s.pendingEra || s.erasKit) return;
      asked = true;
      void import('./eraHouses').then(({ default: content }) => {
        const houses: Record<string, House> = { [s.defaultEra]: s.house };
        for (const [id, packed] of Object.entries(content.houses)) if (packed) houses[id] = unpackHouse(packed);
        tourStore.getState().connectEras({ houses, changes: content.changes });
      });
    };
    load();
    return tourStore.subscribe(load);
  }, []);
}
