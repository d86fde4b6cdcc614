// What a visitor reads, and how sure we are of it.
import { z } from 'zod';
import { nonEmpty } from './fields';
import { SourceFileSchema } from './ids';

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
