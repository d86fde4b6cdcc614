// A room file's shape: its place, walls, openings and exhibits.
import { z } from 'zod';
import { positiveMetres } from './fields';
import { RoomIdSchema } from './ids';
import { EvidenceSchema, LocalizedSchema } from './evidence';
import { FootprintSchema, GroundsSchema, ViewpointSchema } from './site';
import { DoorwaySchema, WindowSchema } from './openings';
import { ExhibitSchema } from './exhibit';
import { PartitionsSchema } from './partitions';

export const FloorFinishSchema = z.enum(['grass', 'wood', 'terracotta', 'cement-tile', 'concrete']);
export const WallFinishSchema = z.enum(['whitewash', 'ochre-plaster', 'blue-plaster', 'green-plaster', 'brick']);
export const CeilingSchema = z.enum(['open-sky', 'plaster', 'wood-beams', 'tin']);
export type FloorFinish = z.infer<typeof FloorFinishSchema>;
export type WallFinish = z.infer<typeof WallFinishSchema>;
export type Ceiling = z.infer<typeof CeilingSchema>;

export const RoomSchema = z
  .strictObject({
    id: RoomIdSchema,
    name: LocalizedSchema,
    intro: LocalizedSchema,
    kind: z.enum(['indoor', 'outdoor']),
    footprint: FootprintSchema,
    /** Placement on the site is our schematic; the sources give no floor plan. */
    layoutEvidence: EvidenceSchema,
    wallHeightM: positiveMetres,
    finishes: z.strictObject({ floor: FloorFinishSchema, walls: WallFinishSchema, ceiling: CeilingSchema }),
    doorways: z.array(DoorwaySchema).min(1),
    windows: z.array(WindowSchema).default([]),
    entrance: ViewpointSchema.optional(),
    grounds: GroundsSchema.optional(),
    exhibits: z.array(ExhibitSchema).default([]),
    /** Inside walls dividing an indoor room into small rooms (validate/partitions.ts checks them against it). */
    partitions: PartitionsSchema.optional(),
  })
  .refine((r) => (r.kind === 'outdoor') === (r.grounds !== undefined), {
    message: 'an outdoor room, and only an outdoor room, describes its grounds',
    path: ['grounds'],
  })
  .refine((r) => (r.kind === 'outdoor') === (r.finishes.ceiling === 'open-sky'), {
    message: 'an outdoor room is open to the sky, and an indoor room has a ceiling',
    path: ['finishes', 'ceiling'],
  })
  .refine((r) => r.kind === 'indoor' || !r.partitions, { message: 'only an indoor room is divided', path: ['partitions'] });
export type RoomInput = z.input<typeof RoomSchema>;
export type Room = z.infer<typeof RoomSchema>;
