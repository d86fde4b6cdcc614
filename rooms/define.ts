import type { Evidence, RoomInput, SourceFile } from './schema';

/** Types a room module's data; validation happens once, for the whole house, in validate.ts. */
export const defineRoom = (room: RoomInput): RoomInput => room;

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
