// The headset's own interface text in Spanish (see en.ts).
import type { XrStrings } from './en';

export const xrEs: XrStrings = {
  xrTourButtons: 'Mandos: A parada siguiente · B parada anterior · X reproduce o pausa',
};
