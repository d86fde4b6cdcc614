// Where the guided tour's panel stands in the headset, or null when there is none (no tour, or not presenting).
// Worked out once per stop arrival (the store makes a new stopPose for each), so the panel stays put while the
// visitor looks and walks about; the caption's panel reads it too, to keep clear of it.
import { useMemo } from 'react';
import { useTour } from '../state/tourStore';
import { hotspotPosition } from '../scene/hotspotPosition';
import { tourPanelPlacement, type PanelPlacement } from './panelPlacement';

export function useTourPanelPlacement(): PanelPlacement | null {
  const presenting = useTour((s) => s.vr === 'presenting');
  const house = useTour((s) => s.house);
  const stopPose = useTour((s) => s.guided?.stopPose ?? null);
  const stopRoom = useTour((s) => s.guided?.stopRoom ?? null);
  const exhibit = useTour((s) => s.guided?.exhibit ?? null);
  return useMemo(() => {
    if (!presenting || !stopPose || !stopRoom) return null;
    const model = exhibit ? house.exhibits[exhibit]?.exhibit : null;
    const subject = model ? hotspotPosition(model) : null;
    return tourPanelPlacement(house, stopPose, stopRoom, subject && { xM: subject[0], zM: subject[2] });
  }, [presenting, house, stopPose, stopRoom, exhibit]);
}
