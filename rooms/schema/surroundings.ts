// What is seen over the garden's walls: the streets the sources name, the neighbours' houses beyond them, and
// trees. Every position is given from the compound's own walls (a side of the site, a distance along it from its
// west or north end, a distance out from it), so it follows the site's footprint if that changes; rooms/validate/
// surroundings.ts resolves them to site coordinates and checks them against the house.
import { z } from 'zod';
import { metres, nonEmpty, positiveMetres, SLUG } from './fields';
import { EvidenceSchema, LocalizedSchema } from './evidence';
import { EraSpanSchema } from './eras';
import { SideSchema } from './site';

export const StreetSchema = z.strictObject({
  id: z.string().regex(SLUG, 'lower-case words joined by hyphens'),
  name: LocalizedSchema,
  /** A name painted on the neighbours' front across the street, facing the compound, `alongM` along its side;
   *  its text is the street's own (Spanish) name, as painted there. */
  sign: z.strictObject({ text: nonEmpty, alongM: metres }).optional(),
  /** The compound's side it runs along; null when the sources do not say (nothing is drawn for it then). */
  side: SideSchema.nullable(),
  /** Kerb to kerb, pavements included. */
  widthM: positiveMetres,
  /** The eras its name is shown in; every era when left out. */
  eras: EraSpanSchema.optional(),
  evidence: EvidenceSchema,
});
export type Street = z.infer<typeof StreetSchema>;

/** How a neighbour's walls are painted; the scene chooses the colour. */
export const FinishSchema = z.enum(['lime-white', 'ochre', 'rose', 'terracotta', 'blue-grey']);
export type Finish = z.infer<typeof FinishSchema>;

export const LotSchema = z.strictObject({ widthM: positiveMetres, heightM: positiveMetres, finish: FinishSchema });

/** A row of neighbours' houses along one side, one lot after another from `fromM` along that side. */
export const BlockRowSchema = z.strictObject({
  side: SideSchema,
  /** Where the first lot starts, along the side from its west or north end (negative: beyond that corner). */
  fromM: metres,
  /** From the compound's wall out to the houses' fronts: the street's width where a street runs there. */
  frontM: z.number().finite().nonnegative(),
  depthM: positiveMetres,
  lots: z.array(LotSchema).min(1),
  evidence: EvidenceSchema,
});
export type BlockRow = z.infer<typeof BlockRowSchema>;

export const TreeSchema = z.strictObject({
  side: SideSchema,
  alongM: metres,
  /** Out from the compound's wall; negative: inside the garden. */
  outM: metres,
  heightM: positiveMetres,
  /** The crown's width. */
  crownM: positiveMetres,
  /** A round, spreading crown, or a tall narrow one. */
  shape: z.enum(['round', 'tall']),
});
export type Tree = z.infer<typeof TreeSchema>;

export const TreeGroupSchema = z.strictObject({ trees: z.array(TreeSchema).min(1), evidence: EvidenceSchema });

export const SurroundingsSchema = z.strictObject({
  streets: z.array(StreetSchema).min(1),
  blocks: z.array(BlockRowSchema),
  treeGroups: z.array(TreeGroupSchema),
});
export type SurroundingsInput = z.input<typeof SurroundingsSchema>;
export type Surroundings = z.infer<typeof SurroundingsSchema>;
