// What every exhibit of the raid's reconstruction shares: it exists only on the night of 24 May 1940, and when.
import { inEras } from '../define';
import type { Evidence, Localized } from '../schema';

/** The night of the raid only: gone by the fortress, as it was never there before. */
export const onTheNight = (note: Localized, evidence: Evidence) => inEras({ from: '1940-05-24', until: '1940-08' }, note, evidence);

export const THE_NIGHT: Localized = { en: 'Early hours of 24 May 1940', es: 'Madrugada del 24 de mayo de 1940' };
