// The house's furnishing: one file a room (the guards' house is left to its own partition). ../index.ts validates
// them against the house of every era they stand in; vite.config.ts sends the page the result as
// `virtual:furnishing`, which only the lazy ambience imports.
import garden from './garden';
import kitchen from './kitchen';
import diningRoom from './dining-room';
import office from './office';
import study from './study';
import bedroom from './bedroom';
import bathroom from './bathroom';
import grandsonsRoom from './grandsons-room';

export const furnishingFiles: Record<string, unknown> = {
  'rooms/furnishing/garden.ts': garden,
  'rooms/furnishing/kitchen.ts': kitchen,
  'rooms/furnishing/dining-room.ts': diningRoom,
  'rooms/furnishing/office.ts': office,
  'rooms/furnishing/study.ts': study,
  'rooms/furnishing/bedroom.ts': bedroom,
  'rooms/furnishing/bathroom.ts': bathroom,
  'rooms/furnishing/grandsons-room.ts': grandsonsRoom,
};
