// A room divided inside: the small rooms its people lived in, and the walls between them with their door gaps.
// The sources name who lived in the guards' house but give no plan, so a division is always our reconstruction.
import { z } from 'zod';
import { nonEmpty, PointSchema, positiveMetres } from './fields';
import { PersonIdSchema } from './ids';
import { EvidenceSchema, LocalizedSchema } from './evidence';
import { FootprintSchema } from './site';

/** A door gap must let a body through: 0.8 m less the body's radius each side leaves a 0.2 m slot (plan/walkable.ts). */
export const MIN_DOOR_GAP_M = 0.8;

/** A straight wall from `from` to `to`, running east or south (so `alongM` grows from `from`), with its door gaps. */
export const PartitionWallSchema = z
  .strictObject({
    from: PointSchema,
    to: PointSchema,
    doors: z.array(z.strictObject({ alongM: positiveMetres, widthM: z.number().min(MIN_DOOR_GAP_M) })).default([]),
  })
  .refine(
    ({ from, to }) => (from.zM === to.zM && to.xM > from.xM) || (from.xM === to.xM && to.zM > from.zM),
    { message: 'a partition runs straight east or straight south from "from"', path: ['to'] },
  );

/** A small room: its floor in site coordinates, bounded by the partitions' centre lines and the room's walls. */
export const SmallRoomSchema = z.strictObject({
  id: nonEmpty,
  name: LocalizedSchema,
  area: FootprintSchema,
  /** Who slept there, by our reading of the sources (the evidence of the division says how sure that is). */
  people: z.array(PersonIdSchema).default([]),
});

export const PartitionsSchema = z.strictObject({
  /** How the division is known: no source gives it, so it is inferred. */
  evidence: EvidenceSchema,
  rooms: z.array(SmallRoomSchema).min(2),
  walls: z.array(PartitionWallSchema).min(1),
});
export type PartitionWall = z.infer<typeof PartitionWallSchema>;
export type SmallRoom = z.infer<typeof SmallRoomSchema>;
export type Partitions = z.infer<typeof PartitionsSchema>;
