// The mesh worker builds one house, the one the page ships (today's): its copy of the model registry lists only
// the kinds that house uses, so a kind only another era shows (the raid's figures, 2.4 KB gzip) costs the first
// load nothing. Every other era's house is built on the page, whose registry keeps every kind.
import type { Plugin } from 'vite';

/** The registry's glob, as src/models/registry.ts writes it; the build fails if it is written otherwise. */
const EVERY_KIND = `['./*.ts', '!./registry.ts', '!./palette.ts']`;

export function shippedModelsOnly(shippedKinds: () => Promise<string[]>): Plugin {
  return {
    name: 'shipped-models-only',
    enforce: 'pre',
    async transform(code, id) {
      if (!id.endsWith('/src/models/registry.ts')) return;
      if (!code.includes(EVERY_KIND)) this.error(`src/models/registry.ts: expected the glob ${EVERY_KIND} to narrow for the mesh worker`);
      const files = (await shippedKinds()).map((kind) => `'./${kind}.ts'`);
      return code.replace(EVERY_KIND, `[${files.join(', ')}]`);
    },
  };
}
