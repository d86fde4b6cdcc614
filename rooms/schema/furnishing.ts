// The furnishing of a room (rooms/furnishing/<room-id>.ts): things that make it read as lived in, not exhibits
// (no hotspot, no caption). Each piece says whether the sources document it or it is our reconstruction.
import { z } from 'zod';
import { FURNISHING_KINDS, furnishingModelOf } from '../../src/models/furnishing/registry';
import type { BodySize } from '../../src/models/kit/defineModel';
import { metres, SLUG } from './fields';
import { EraIdSchema, RoomIdSchema, SourceFileSchema } from './ids';
import { EvidenceSchema, LocalizedSchema } from './evidence';
import { EraSpanSchema } from './eras';

export const FurnishingKindSchema = z.enum(FURNISHING_KINDS as [string, ...string[]]);

/** Documented: the sources say such a thing was there (cite them; the note says what of it is ours, its form or
 *  place). Inferred: a plausible period piece the sources do not mention. */
const FurnishingEvidenceSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('documented'), note: LocalizedSchema, sources: z.array(SourceFileSchema).min(1, 'a documented piece cites at least one source') }),
  z.strictObject({ status: z.literal('inferred'), note: LocalizedSchema, sources: z.array(SourceFileSchema).max(0, 'an inferred piece cites no source').optional() }),
]);

export const FurnishingPieceSchema = z
  .strictObject({
    /** Unique across the house's furnishing. */
    id: z.string().regex(SLUG, 'lower-case words joined by hyphens'),
    kind: FurnishingKindSchema,
    /** Where the piece's centre stands, in house metres. */
    xM: metres,
    zM: metres,
    /** Height of its base above the floor: on a table (it must stand on an exhibit) or hung on a wall. Absent: on
     *  the floor. */
    yM: metres.positive().optional(),
    /** Which way its front faces, degrees clockwise from north (as exhibits' facingDeg); 180 faces south. */
    facingDeg: z.number().min(0).max(360).default(180),
    evidence: FurnishingEvidenceSchema,
    /** Limited to some eras, as exhibits can be (rooms/define.ts `inEras`). */
    eras: EraSpanSchema.optional(),
    erasNote: LocalizedSchema.optional(),
    erasEvidence: EvidenceSchema.optional(),
  })
  .refine((p) => (p.eras === undefined ? !p.erasNote && !p.erasEvidence : !!p.erasNote && !!p.erasEvidence), {
    message: 'a piece limited to some eras says what differs (erasNote) and how we know (erasEvidence), and only then',
    path: ['erasNote'],
  })
  // Resolved once the fields are valid, so a wrong kind is still reported at its field.
  .transform((p) => ({ ...p, size: furnishingModelOf(p.kind).size as BodySize }));

export const FurnishingFileSchema = z.strictObject({
  room: RoomIdSchema,
  pieces: z.array(FurnishingPieceSchema).min(1),
});

export type FurnishingPieceInput = z.input<typeof FurnishingPieceSchema>;
export type FurnishingPiece = z.infer<typeof FurnishingPieceSchema>;
export type FurnishingFileInput = z.input<typeof FurnishingFileSchema>;

/** What the page is sent of a piece: where it stands and when, without its words (the UI says in one line that
 *  added furnishing is inferred). */
export interface ShippedPiece {
  id: string;
  room: z.infer<typeof RoomIdSchema>;
  kind: string;
  xM: number;
  zM: number;
  yM: number;
  facingDeg: number;
  size: BodySize;
  /** The eras it stands in, when not every one (resolved from its span, so the page needs no era arithmetic). */
  eras?: z.infer<typeof EraIdSchema>[];
}
