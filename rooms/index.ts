// The house: every room module, validated once. Tour order is the order of this list.
import garden from './garden';
import guardsHouse from './guards-house';
import kitchen from './kitchen';
import diningRoom from './dining-room';
import office from './office';
import study from './study';
import bedroom from './bedroom';
import bathroom from './bathroom';
import grandsonsRoom from './grandsons-room';
import { people } from './people';
import { timeline } from './timeline';
import { eras as eraList } from './eras';
import { resolveEra, validateEras } from './validate/eras';
import { DEFAULT_ERA } from './schema';
import { tourFiles } from './tours';
import { validateTours } from './tours/validateTours';
import { furnishingFiles } from './furnishing';
import { validateFurnishing } from './validate/furnishing';
import { surroundings as surroundingsFile } from './surroundings';
import { validateSurroundings } from './validate/surroundings';

/** The room files as written: today's house, with what differed in each era. */
export const roomContent: Record<string, unknown> = {
  'rooms/garden.ts': garden,
  'rooms/guards-house.ts': guardsHouse,
  'rooms/kitchen.ts': kitchen,
  'rooms/dining-room.ts': diningRoom,
  'rooms/office.ts': office,
  'rooms/study.ts': study,
  'rooms/bedroom.ts': bedroom,
  'rooms/bathroom.ts': bathroom,
  'rooms/grandsons-room.ts': grandsonsRoom,
};

const content = { rooms: roomContent, people, timeline };
/** Every era's house, validated; today's is the one the app is sent. */
export const { eras, eraHouses, eraChanges } = validateEras({ ...content, eras: eraList });
/** The room files resolved for today: plain rooms, with no era fields (what the schema tests break and check). */
export const roomFiles: Record<string, unknown> = resolveEra(content, DEFAULT_ERA).rooms;
export const house = eraHouses[DEFAULT_ERA];
// Checked against the house here, so the build's validation pass covers them; the page is not sent them (it gets
// `house` only, through vite.config.ts).
export const tours = validateTours(tourFiles, house, eraHouses);
/** The rooms' furnishing, checked against every era's house; the page gets it through the lazy ambience only. */
export const furnishing = validateFurnishing(furnishingFiles, eraHouses);
/** What is seen over the walls, checked against every era's house (a doorway of one era may be a window in
 *  another) and placed on today's site, which is every era's: the page fetches it with the ambience. */
for (const era of eras) validateSurroundings(surroundingsFile, eraHouses[era.id]);
export const surroundings = validateSurroundings(surroundingsFile, house);
export { sources } from './sources';
export type { House, HouseDoorway, HouseWithTimeline } from './validate';
export * from './schema';
export type { Tour, TourStop, TourLook } from './tourSchema';
