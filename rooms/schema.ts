// The content schema: every room module is parsed with these before anything else sees it, so a broken
// room file stops the build and the tests with the file and the field named (see validate.ts).
import { z } from 'zod';
import { MODEL_KINDS, modelOf } from '../src/models/registry';
import type { ModelSize } from '../src/models/kit/defineModel';

export const ROOM_IDS = [
  'garden',
  'guards-house',
  'kitchen',
  'dining-room',
  'office',
  'study',
  'bedroom',
  'bathroom',
  'grandsons-room',
] as const;
export const RoomIdSchema = z.enum(ROOM_IDS);
export type RoomId = z.infer<typeof RoomIdSchema>;

/** The file names of ../shared/sources; sources.ts gives each its title. */
export const SOURCE_FILES = [
  '000_78ac5b74e856ea78.txt',
  '001_9df9e8124444cb9b.txt',
  '002_b34dec8bdd231af5.txt',
] as const;
export const SourceFileSchema = z.enum(SOURCE_FILES);
export type SourceFile = z.infer<typeof SourceFileSchema>;

const nonEmpty = z.string().trim().min(1);
/** Every visitor-facing string exists in English and Spanish. */
export const LocalizedSchema = z.strictObject({ en: nonEmpty, es: nonEmpty });
export type Localized = z.infer<typeof LocalizedSchema>;

/**
 * Whether a detail is stated by the sources or is our plausible reconstruction. Either way the visitor is told,
 * and a documented detail names the source that states it.
 */
export const EvidenceSchema = z
  .strictObject({
    status: z.enum(['documented', 'inferred']),
    note: LocalizedSchema,
    sources: z.array(SourceFileSchema),
  })
  .refine((e) => e.status !== 'documented' || e.sources.length > 0, {
    message: 'a documented detail must cite at least one source',
    path: ['sources'],
  });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const SideSchema = z.enum(['north', 'east', 'south', 'west']);
export type Side = z.infer<typeof SideSchema>;

const metres = z.number().finite();
const positiveMetres = z.number().finite().positive();

/** An axis-aligned rectangle in the site's coordinates: x grows to the east, z to the south, in metres. */
export const FootprintSchema = z.strictObject({
  xM: metres,
  zM: metres,
  widthM: positiveMetres, // along x
  depthM: positiveMetres, // along z
});
export type Footprint = z.infer<typeof FootprintSchema>;

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

export const FloorFinishSchema = z.enum(['grass', 'wood', 'terracotta', 'cement-tile', 'concrete']);
export const WallFinishSchema = z.enum(['whitewash', 'ochre-plaster', 'blue-plaster', 'green-plaster', 'brick']);
export const CeilingSchema = z.enum(['open-sky', 'plaster', 'wood-beams', 'tin']);
export type FloorFinish = z.infer<typeof FloorFinishSchema>;
export type WallFinish = z.infer<typeof WallFinishSchema>;
export type Ceiling = z.infer<typeof CeilingSchema>;

const PointSchema = z.strictObject({ xM: metres, zM: metres });
export type Point = z.infer<typeof PointSchema>;

/** Where a visitor first stands in the room, and which way they look (degrees clockwise from north). */
export const ViewpointSchema = z.strictObject({ xM: metres, zM: metres, headingDeg: z.number().min(0).max(360) });
export type Viewpoint = z.infer<typeof ViewpointSchema>;

/** What only an open-air room has: the enclosure around the house. */
export const GroundsSchema = z.strictObject({
  perimeterWallHeightM: positiveMetres,
  perimeterEvidence: EvidenceSchema,
  /** Watchtowers stand on roofs; each names the room whose roof carries it. */
  watchtowers: z.array(z.strictObject({ on: RoomIdSchema, xM: metres, zM: metres, evidence: EvidenceSchema })),
  paths: z.array(z.strictObject({ from: PointSchema, to: PointSchema, widthM: positiveMetres })),
  /** Streets beyond the walls, for the minimap. */
  streets: z.array(z.strictObject({ side: SideSchema, name: nonEmpty })),
});
export type Grounds = z.infer<typeof GroundsSchema>;

/** The people the sources name; people.ts describes each. */
export const PERSON_IDS = [
  'leon-trotsky',
  'natalia-sedova',
  'sieva-volkov',
  'zina-bronstein',
  'platon-volkov',
  'ramon-mercader',
  'david-alfaro-siqueiros',
  'antonio-pujol',
  'luis-arenal',
  'robert-sheldon-harte',
  'carmen-palma',
  'belen-estrada',
  'otto-schussler',
  'harold-robins',
  'jake-cooper',
  'charles-cornell',
  'walter-kerley',
  'alfred-rosmer',
  'marguerite-rosmer',
  'fanny-ivanovich',
  'joseph-hansen',
  'lazaro-cardenas',
  'diego-rivera',
  'frida-kahlo',
  'joseph-stalin',
] as const;
export const PersonIdSchema = z.enum(PERSON_IDS);
export type PersonId = z.infer<typeof PersonIdSchema>;

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
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
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
});
export type ExhibitInput = z.input<typeof ExhibitSchema>;
export type Exhibit = z.infer<typeof ExhibitSchema>;

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
  })
  .refine((r) => (r.kind === 'outdoor') === (r.grounds !== undefined), {
    message: 'an outdoor room, and only an outdoor room, describes its grounds',
    path: ['grounds'],
  })
  .refine((r) => (r.kind === 'outdoor') === (r.finishes.ceiling === 'open-sky'), {
    message: 'an outdoor room is open to the sky, and an indoor room has a ceiling',
    path: ['finishes', 'ceiling'],
  });
export type RoomInput = z.input<typeof RoomSchema>;
export type Room = z.infer<typeof RoomSchema>;

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

/** A date as precise as the sources give it: 1940, 1940-05, 1940-05-24. */
const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

export const TimelineEventSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
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
export type PersonInput = z.input<typeof PersonSchema>;
export type TimelineEventInput = z.input<typeof TimelineEventSchema>;
