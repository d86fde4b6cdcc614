// Fetches the eras' houses the first time a visitor asks for another era (the time control or `?era=`), and lends
// them to the store, which then applies the era; then builds the other eras' meshes while the page is idle. The
// scene builds a house's meshes it has not yet while it keeps drawing the old ones (scene/useHouseMeshes.ts).
import { useEffect } from 'react';
import type { House } from '../../rooms/validate';
import { tourStore } from '../state/tourStore';
import { unpackHouse } from './packedHouse';
import { houseMeshes } from '../startup/meshes/houseMeshes';

/**
 * The other eras' meshes, built one at a time while the page is idle, so that a visitor's next change of era only
 * swaps them: a first build takes 500–650 ms of main thread under a software GPU, a swap 50–125 ms (npm run bench).
 */
function prebuild(houses: House[]) {
  const idle = (run: () => void) => (window.requestIdleCallback ? window.requestIdleCallback(run, { timeout: IDLE_WAIT_MS }) : setTimeout(run, IDLE_WAIT_MS));
  const next = () => {
    const house = houses.shift();
    if (house) idle(() => void houseMeshes(house).then(next));
  };
  next();
}
/** How long a build may wait for the page to be idle. */
const IDLE_WAIT_MS = 2000;

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
        prebuild(Object.values(houses));
      });
    };
    load();
    return tourStore.subscribe(load);
  }, []);
}
