// The house as the browser gets it: validated and resolved at build time (see vite.config.ts), shipped as plain
// data without repeats (packedHouse.ts), so the page carries no schema library.
import packed from 'virtual:house';
import { unpackHouse } from './packedHouse';

export const house = unpackHouse(packed);
