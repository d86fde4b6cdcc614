// Where things are on the site: sides, footprints, viewpoints, and the grounds around the house.
import { z } from 'zod';
import { metres, nonEmpty, PointSchema, positiveMetres } from './fields';
import { RoomIdSchema } from './ids';
import { EvidenceSchema } from './evidence';

export const SideSchema = z.enum(['north', 'east', 'south', 'west']);
export type Side = z.infer<typeof SideSchema>;

/** An axis-aligned rectangle in the site's coordinates: x grows to the east, z to the south, in metres. */
export const FootprintSchema = z.strictObject({
  xM: metres,
  zM: metres,
  widthM: positiveMetres, // along x
  depthM: positiveMetres, // along z
});
export type Footprint = z.infer<typeof FootprintSchema>;

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
