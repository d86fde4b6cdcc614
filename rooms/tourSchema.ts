// The guided tours' schema: every tour module (rooms/tours/) is parsed with these, then cross-checked against the
// house (rooms/tours/validateTours.ts), so a broken tour stops the build and the tests with the file and field named.
import { z } from 'zod';
import { EraIdSchema, LocalizedSchema, PersonIdSchema, RoomIdSchema, SourceFileSchema } from './schema';
import { sentencesOf } from './tours/sentences';

const kebabCase = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');
const ExhibitIdSchema = kebabCase;

/** A narration is read aloud sentence by sentence: enough to say something, short enough to follow. */
export const NARRATION_MIN_SENTENCES = 2;
export const NARRATION_MAX_SENTENCES = 5;

const narrationText = z
  .string()
  .trim()
  .min(1)
  .refine(
    (text) => {
      const n = sentencesOf(text).length;
      return n >= NARRATION_MIN_SENTENCES && n <= NARRATION_MAX_SENTENCES;
    },
    { message: `a narration has ${NARRATION_MIN_SENTENCES} to ${NARRATION_MAX_SENTENCES} sentences` },
  );
const NarrationSchema = z.strictObject({ en: narrationText, es: narrationText });

/** What the visitor looks at during a stop. */
export const TourLookSchema = z.discriminatedUnion('kind', [
  /** Face an exhibit of the stop's room and light its hotspot. */
  z.strictObject({ kind: z.literal('exhibit'), exhibit: ExhibitIdSchema }),
  /** Stand at a point inside the stop's room (site coordinates, metres) and look this way. */
  z.strictObject({
    kind: z.literal('view'),
    xM: z.number().finite(),
    zM: z.number().finite(),
    /** Degrees clockwise from north, as the rooms' viewpoints. */
    headingDeg: z.number().min(0).max(360),
    /** Degrees above (positive) or below the horizon; level when left out. */
    pitchDeg: z.number().min(-90).max(90).optional(),
  }),
  /** The whole compound seen from above, roofs cut away. */
  z.strictObject({ kind: z.literal('overview') }),
]);
export type TourLook = z.infer<typeof TourLookSchema>;

export const TourStopSchema = z.strictObject({
  /** Where the stop happens; an overview stop names the room the visitor is left in. */
  room: RoomIdSchema,
  look: TourLookSchema,
  title: LocalizedSchema,
  /** 2–5 sentences in our own words, what is heard and shown as the subtitle. */
  narration: NarrationSchema,
  sources: z.array(SourceFileSchema).min(1, 'cite at least one source'),
  /** Exhibits the narration names, in any room: the subtitle links to them. */
  mentions: z.array(ExhibitIdSchema).default([]),
  people: z.array(PersonIdSchema).optional(),
  /** The moment of the house the stop shows: the player switches to it, and back to the visitor's own era at a
   *  stop without one and when the tour ends. */
  era: EraIdSchema.optional(),
  /** Show only these exhibits' lines of fire (one door at a time); every line of the era shows at other stops. */
  fire: z.array(ExhibitIdSchema).min(1).optional(),
});
export type TourStopInput = z.input<typeof TourStopSchema>;
export type TourStop = z.infer<typeof TourStopSchema>;

export const TourSchema = z.strictObject({
  /** Unique, and the file's name: it is the tour's address, `#/tour/<id>`. */
  id: kebabCase,
  title: LocalizedSchema,
  /** One line, shown in the list of tours. */
  summary: LocalizedSchema,
  /** Estimated length in whole minutes, narration and moving between stops included. */
  minutes: z.number().int().positive(),
  stops: z.array(TourStopSchema).min(2, 'a tour has at least two stops'),
});
export type TourInput = z.input<typeof TourSchema>;
export type Tour = z.infer<typeof TourSchema>;
