// An exhibit: what it is, how it is drawn and where it stands, and what the sources say of it.
import { z } from 'zod';
import { MODEL_KINDS, modelOf } from '../../src/models/registry';
import type { ModelSize } from '../../src/models/kit/defineModel';
import { metres, PointAboveFloorSchema, SLUG } from './fields';
import { PersonIdSchema, SourceFileSchema } from './ids';
import { LocalizedSchema } from './evidence';

/**
 * How an exhibit is drawn: a model built in code at true scale (one file per kind in src/models), or `marker` for
 * things that are part of the building itself (a bricked window, a door, the roof), which get a hotspot and no model.
 */
export const ExhibitModelSchema = z.enum(['marker', ...MODEL_KINDS]);
export type ExhibitModel = z.infer<typeof ExhibitModelSchema>;

const NO_BODY: ModelSize = { widthM: 0, depthM: 0, heightM: 0, hotspotM: 0 };

/** The kind's true size and hotspot height, from its definition, carried in the data so that the page (walking,
 *  hotspots) reads them without loading the builders. */
const sizeOf = (kind: ExhibitModel): ModelSize => {
  if (kind === 'marker') return NO_BODY;
  const { size, hotspotM } = modelOf(kind);
  return { ...size, hotspotM };
};

export const ExhibitSchema = z.strictObject({
  /** Unique across the house: it is the last part of the exhibit's address, `#/<room>/<id>`. */
  id: z.string().regex(SLUG, 'lower-case words joined by hyphens'),
  name: LocalizedSchema,
  model: z.strictObject({
    kind: ExhibitModelSchema,
    /** Where the model's centre stands on the floor (or, for a marker, the point the hotspot marks). */
    xM: metres,
    zM: metres,
    /** Height of the model's base above the floor (a marker: of the hotspot itself). */
    yM: metres.nonnegative().default(0),
    /** Which way the model's front faces, degrees clockwise from north; 180 faces south. */
    facingDeg: z.number().min(0).max(360).default(180),
  })
    // Resolved once the fields are valid, so a wrong kind is still reported at its field.
    .transform((model) => ({ ...model, size: sizeOf(model.kind) })),
  /** 2–4 sentences in our own words: what it is, what happened there. */
  caption: LocalizedSchema,
  /** When, in words: "24 May 1940", "from August 1939". */
  when: LocalizedSchema.optional(),
  people: z.array(PersonIdSchema).default([]),
  sources: z.array(SourceFileSchema).min(1, 'cite at least one source'),
  /** Whether the object and its details are stated by the sources or reconstructed by us. */
  evidence: z.strictObject({ status: z.enum(['documented', 'reconstructed']), note: LocalizedSchema }),
  related: z.array(z.string()).default([]),
  /**
   * A reconstruction of shooting (the raid of 24 May 1940): from where a gun was to where its shots went, in site
   * coordinates with `yM` above the floor, all inside the exhibit's room. Drawn as lines; a tour stop may show one
   * exhibit's lines at a time (its `fire`).
   */
  linesOfFire: z.strictObject({ from: PointAboveFloorSchema, to: z.array(PointAboveFloorSchema).min(1) }).optional(),
});
export type ExhibitInput = z.input<typeof ExhibitSchema>;
export type Exhibit = z.infer<typeof ExhibitSchema>;
