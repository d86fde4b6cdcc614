// Every kind of furnishing piece, one file each (src/models/furnishing/<kind>.ts default-exports its definition,
// as the exhibit models do). Apart from ../registry.ts on purpose: these kinds are not exhibits, the mesh worker
// never builds them, and the page loads their builders only with the lazy furnishing (scene/furnishing/).
import type { ModelDefinition } from '../kit/defineModel';

const files = import.meta.glob<ModelDefinition>(['./*.ts', '!./registry.ts'], { eager: true, import: 'default' });

const byKind = new Map<string, ModelDefinition>();
for (const [path, model] of Object.entries(files)) {
  const fileKind = path.replace(/^\.\//, '').replace(/\.ts$/, '');
  if (model?.kind !== fileKind)
    throw new Error(`src/models/furnishing/${fileKind}.ts: kind: "${model?.kind}" does not match the file name "${fileKind}"`);
  byKind.set(fileKind, model);
}

/** The furnishing kinds, in file order. */
export const FURNISHING_KINDS: readonly string[] = [...byKind.keys()];

export function furnishingModelOf(kind: string): ModelDefinition {
  const model = byKind.get(kind);
  if (!model) throw new Error(`no furnishing model "${kind}" in src/models/furnishing`);
  return model;
}
