// The eras the house can be shown in, oldest first, as the browser gets them (rooms/eras.ts, validated at build
// time): their names and dates only; each era's house is fetched when it is first asked for (virtual:era-houses).
import content from 'virtual:eras';

export const eras = content.eras;
export const defaultEra = content.defaultEra;
export const eraIds = eras.map((e) => e.id);
