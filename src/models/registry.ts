// Every kind of exhibit model, one file each: src/models/<kind>.ts default-exports its definition (defineModel),
// and this finds them by file, so adding a kind is one new file. Loaded by the content schema at build time and by
// the mesh builder; the page reads sizes from the validated house instead (model.size), never from here, so the
// builders stay out of its first bundle.
import type { ModelDefinition } from './kit/defineModel';

const files = import.meta.glob<ModelDefinition>(['./*.ts', '!./registry.ts', '!./palette.ts'], {
  eager: true,
  import: 'default',
});

const byKind = new Map<string, ModelDefinition>();
for (const [path, model] of Object.entries(files)) {
  const fileKind = path.replace(/^\.\//, '').replace(/\.ts$/, '');
  if (model?.kind !== fileKind)
    throw new Error(`src/models/${fileKind}.ts: kind: "${model?.kind}" does not match the file name "${fileKind}"`);
  byKind.set(fileKind, model);
}

/** The kinds with a body, in file order. `marker` (a hotspot without a model) is the schema's, not a file. */
export const MODEL_KINDS: readonly string[] = [...byKind.keys()];

export function modelOf(kind: string): ModelDefinition {
  const model = byKind.get(kind);
  if (!model) throw new Error(`no exhibit model "${kind}" in src/models`);
  return model;
}
