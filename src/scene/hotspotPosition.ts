// Where an exhibit's hotspot floats: at the height a visitor's eye meets the object, or, for a part of the building,
// at the point the data names. Pure, shared by the scene and by tests that click hotspots.
import type { Exhibit } from '../../rooms/schema';

export function hotspotPosition(exhibit: Exhibit): [number, number, number] {
  const { xM, yM, zM, size } = exhibit.model;
  return [xM, yM + size.hotspotM, zM];
}
