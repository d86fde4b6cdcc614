// How a problem is reported: as `file: field.path: what is wrong`, all of them at once in one error.
import type { z } from 'zod';

export class HouseContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The house content is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'HouseContentError';
  }
}

export function throwIfAny(problems: string[]): void {
  if (problems.length) throw new HouseContentError(problems);
}

const formatPath = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(root)';

/** The data through a schema, or undefined with each issue added to `problems` after `at` (file and place). */
export function parsed<T>(schema: z.ZodType<T>, data: unknown, at: string, problems: string[]): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${at}${formatPath(issue.path)}: ${issue.message}`);
}
