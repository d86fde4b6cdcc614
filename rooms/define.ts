import type { EraSpan, Evidence, Localized, RoomFileInput, SourceFile } from './schema';

/** Types a room module's data, era fields included; validation happens once, for the whole house and for each era,
 *  in validate.ts and validate/eras.ts. */
export const defineRoom = (room: RoomFileInput): RoomFileInput => room;

export const TRAVEL_BLOG: SourceFile = '002_b34dec8bdd231af5.txt';

/** Our schematic placement of a room: no source gives the floor plan. */
export const schematicLayout = (en: string, es: string): Evidence => ({
  status: 'inferred',
  note: { en, es },
  sources: [],
});

export const documented = (en: string, es: string, sources: SourceFile[] = [TRAVEL_BLOG]): Evidence => ({
  status: 'documented',
  note: { en, es },
  sources,
});

export const inferred = (en: string, es: string): Evidence => ({ status: 'inferred', note: { en, es }, sources: [] });

/** The sources say the windows had bars and steel shutters, but not where each window was. */
export const shutteredWindowEvidence: Evidence = documented(
  'Bars and steel shutters covered the house’s windows; where this one sits is schematic.',
  'Rejas y contraventanas de acero cubrían las ventanas de la casa; la ubicación de esta es esquemática.',
);

/** A thing that exists only in some eras: which, what differs then (shown as "what changed here"), and how we know. */
export const inEras = (eras: EraSpan, note: Localized, evidence: Evidence) => ({ eras, erasNote: note, erasEvidence: evidence });
