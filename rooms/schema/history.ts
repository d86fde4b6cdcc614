// The story around the rooms: the sources, the people they name, and the timeline of events.
import { z } from 'zod';
import { nonEmpty, SLUG } from './fields';
import { PersonIdSchema, RoomIdSchema, SourceFileSchema } from './ids';
import { LocalizedSchema } from './evidence';

export const SourceSchema = z.strictObject({ file: SourceFileSchema, title: nonEmpty, publisher: LocalizedSchema, date: nonEmpty });
export type Source = z.infer<typeof SourceSchema>;

export const PersonSchema = z.strictObject({
  id: PersonIdSchema,
  name: nonEmpty,
  /** Who they were in this story, in a phrase: "Trotsky's grandson", "cook of the household". */
  role: LocalizedSchema,
  /** One or two sentences of what the sources say of them. */
  about: LocalizedSchema,
  sources: z.array(SourceFileSchema).min(1),
});
export type Person = z.infer<typeof PersonSchema>;
export type PersonInput = z.input<typeof PersonSchema>;

/** A date as precise as the sources give it: 1940, 1940-05, 1940-05-24. */
const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

export const TimelineEventSchema = z.strictObject({
  id: z.string().regex(SLUG),
  date: PartialDate,
  /** The date as visitors read it, in both languages, including any disagreement ("1936 or January 1937"). */
  dateLabel: LocalizedSchema,
  text: LocalizedSchema,
  /** Where the sources disagree about this event: what each says. */
  disagreement: LocalizedSchema.optional(),
  people: z.array(PersonIdSchema).default([]),
  rooms: z.array(RoomIdSchema).default([]),
  exhibits: z.array(z.string()).default([]),
  sources: z.array(SourceFileSchema).min(1),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type TimelineEventInput = z.input<typeof TimelineEventSchema>;
