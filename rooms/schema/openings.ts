// The openings in a room's walls: doorways to other rooms, and windows.
import { z } from 'zod';
import { metres, nonEmpty, positiveMetres } from './fields';
import { RoomIdSchema } from './ids';
import { EvidenceSchema, LocalizedSchema } from './evidence';
import { SideSchema } from './site';

/** Where an opening sits: which wall of this room, and its centre measured from the wall's west or north end. */
const wallPlacement = {
  wall: SideSchema,
  alongM: positiveMetres,
  widthM: positiveMetres,
};

export const DoorwayGeometrySchema = z.strictObject({
  ...wallPlacement,
  heightM: positiveMetres.default(2.1),
  /** 'armored' is a steel door leaf fitted after the attack of May 1940; 'door' a wooden leaf; 'open' no leaf. */
  leaf: z.enum(['open', 'door', 'armored']).default('door'),
  evidence: EvidenceSchema,
});

/**
 * A doorway as one room declares it. Both rooms of a connection declare it (so a one-way doorway is caught);
 * exactly one of the two gives its geometry, in its own wall, and the graph is derived from these declarations.
 */
export const DoorwaySchema = z.strictObject({
  to: RoomIdSchema,
  opening: DoorwayGeometrySchema.optional(),
});
export type Doorway = z.infer<typeof DoorwaySchema>;
export type DoorwayGeometry = z.infer<typeof DoorwayGeometrySchema>;

export const WindowSchema = z.strictObject({
  id: nonEmpty,
  ...wallPlacement,
  sillM: metres.nonnegative().default(0.9),
  heightM: positiveMetres.default(1.3),
  /** The window as the museum shows it today. */
  state: z.enum(['open', 'half-bricked', 'bricked', 'barred', 'steel-shuttered']),
  /** What the opening was before it became this window, when it was something else (a door, a portico). */
  formerly: z.enum(['door', 'portico']).optional(),
  faces: LocalizedSchema.optional(),
  evidence: EvidenceSchema,
});
export type Window = z.infer<typeof WindowSchema>;
