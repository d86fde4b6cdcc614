// The eras: dated states of the house, and the era-dependent fields a room file may carry. The room files describe
// the house as the museum shows it today; these fields say what differed in other eras, each change with its
// evidence. validate/eras.ts checks them and resolves one plain room file per era.
import { z } from 'zod';
import type { DoorwayGeometry, DoorwayGeometrySchema, Window, WindowSchema } from './openings';
import type { ExhibitInput } from './exhibit';
import type { Grounds } from './site';
import type { RoomInput } from './room';
import { DEFAULT_ERA, ERA_IDS, EraIdSchema, type EraId } from './ids';
import { EvidenceSchema, LocalizedSchema, type Evidence, type Localized } from './evidence';

/** A date as precise as the sources give it (1939-05, 1940-05-24), or `today` for the museum as it is now. */
const EraDate = z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|today)$/, 'YYYY, YYYY-MM, YYYY-MM-DD or "today"');

export const EraSchema = z.strictObject({
  id: EraIdSchema,
  date: EraDate,
  /** The date as visitors read it: "24 May 1940, before dawn". */
  label: LocalizedSchema,
  name: LocalizedSchema,
  /** One line: what the house was like then. */
  description: LocalizedSchema,
  /** The raid happened at night; the scene may light the house accordingly. */
  light: z.enum(['day', 'night']),
  /** How we know the date (or why we chose it). */
  evidence: EvidenceSchema,
});
export type Era = z.infer<typeof EraSchema>;

const indexOf = (id: EraId) => ERA_IDS.indexOf(id);

/** The eras from `from` (inclusive) up to `until` (exclusive), in era order; both optional. */
export interface EraSpan {
  from?: EraId;
  until?: EraId;
}
export const spanCovers = (span: EraSpan | undefined, era: EraId): boolean =>
  !span ||
  ((span.from === undefined || indexOf(span.from) <= indexOf(era)) &&
    (span.until === undefined || indexOf(era) < indexOf(span.until)));
export const erasOf = (span: EraSpan | undefined): EraId[] => ERA_IDS.filter((e) => spanCovers(span, e));

export const EraSpanSchema = z
  .strictObject({ from: EraIdSchema.optional(), until: EraIdSchema.optional() })
  .refine((span) => erasOf(span).length > 0, { message: 'exists in no era: "from" must come before "until"' });

/** A span of the past: the room file's own value is today's, so a change may not cover today. */
const PastSpanSchema = EraSpanSchema.refine((span) => !spanCovers(span, DEFAULT_ERA), {
  message: `covers "${DEFAULT_ERA}", whose value is the field itself; end the span with until: "${DEFAULT_ERA}"`,
});

/** Whether a thing exists in an era: its span, what differs (shown as "what changed here") and how we know. */
const presence = {
  eras: EraSpanSchema.optional(),
  erasNote: LocalizedSchema.optional(),
  erasEvidence: EvidenceSchema.optional(),
};
const presenceComplete = (p: { eras?: unknown; erasNote?: unknown; erasEvidence?: unknown }) =>
  p.eras === undefined ? p.erasNote === undefined && p.erasEvidence === undefined : p.erasNote !== undefined && p.erasEvidence !== undefined;
const presenceMessage = { message: 'a thing limited to some eras says what differs (erasNote) and how we know (erasEvidence), and only then', path: ['erasNote'] };

/** A dated change: in these eras, this was different; what, and how we know. */
const change = { eras: PastSpanSchema, note: LocalizedSchema, evidence: EvidenceSchema };
export const RoomChangeSchema = z.strictObject(change);
export const WindowHistorySchema = z.strictObject({
  ...change,
  state: z.enum(['open', 'half-bricked', 'bricked', 'barred', 'steel-shuttered']),
  formerly: z.enum(['door', 'portico']).optional(),
});
export const DoorwayHistorySchema = z
  .strictObject({ ...change, leaf: z.enum(['open', 'door', 'armored']).optional(), kind: z.enum(['door', 'window']).optional() })
  .refine((h) => h.leaf !== undefined || h.kind !== undefined, { message: 'say what differed: leaf or kind', path: ['leaf'] });
export const CaptionThenSchema = z.strictObject({ eras: PastSpanSchema, note: LocalizedSchema });

/**
 * The era fields of a room file, checked where they stand; everything else in the file is left to RoomSchema,
 * which reads the file resolved for each era (these keys removed).
 */
export const RoomEraFieldsSchema = z
  .looseObject({
    ...presence,
    changes: z.array(RoomChangeSchema).optional(),
    doorways: z
      .array(
        z.looseObject({
          opening: z
            .looseObject({ kind: z.enum(['door', 'window']).optional(), history: z.array(DoorwayHistorySchema).optional() })
            .optional(),
        }),
      )
      .optional(),
    windows: z.array(z.looseObject({ ...presence, history: z.array(WindowHistorySchema).optional() }).refine(presenceComplete, presenceMessage)).optional(),
    exhibits: z
      .array(z.looseObject({ ...presence, captionThen: z.array(CaptionThenSchema).optional() }).refine(presenceComplete, presenceMessage))
      .optional(),
    grounds: z.looseObject({ watchtowers: z.array(z.looseObject(presence).refine(presenceComplete, presenceMessage)).optional() }).optional(),
  })
  .refine(presenceComplete, presenceMessage);

/** What a room shows as "what changed here" in an era, relative to today. */
export interface EraChange {
  note: Localized;
  evidence: Evidence;
}

// The room file as written, with its era fields: what defineRoom types.
type Presence = { eras?: EraSpan; erasNote?: Localized; erasEvidence?: Evidence };
type Change = { eras: EraSpan; note: Localized; evidence: Evidence };
type WindowInput = z.input<typeof WindowSchema>;
type DoorwayGeometryInput = z.input<typeof DoorwayGeometrySchema>;
export type WindowFileInput = WindowInput & Presence & { history?: (Change & { state: Window['state']; formerly?: Window['formerly'] })[] };
export type DoorwayFileInput = {
  to: RoomInput['doorways'][number]['to'];
  opening?: DoorwayGeometryInput & {
    /** 'window': today the opening is a window, not a passage (the default, 'door', is a doorway). */
    kind?: 'door' | 'window';
    history?: (Change & { leaf?: DoorwayGeometry['leaf']; kind?: 'door' | 'window' })[];
  };
};
export type ExhibitFileInput = ExhibitInput & Presence & { captionThen?: { eras: EraSpan; note: Localized }[] };
export type GroundsFileInput = Omit<Grounds, 'watchtowers'> & { watchtowers: (Grounds['watchtowers'][number] & Presence)[] };
export type RoomFileInput = Omit<RoomInput, 'doorways' | 'windows' | 'exhibits' | 'grounds'> &
  Presence & {
    changes?: Change[];
    doorways: DoorwayFileInput[];
    windows?: WindowFileInput[];
    exhibits?: ExhibitFileInput[];
    grounds?: GroundsFileInput;
  };
