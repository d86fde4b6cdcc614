import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ELEMENTS = fileURLToPath(new URL('../src/scene/threeElements.ts', import.meta.url));
/** The one module that does `extend(THREE)` with the whole namespace: R3F's Canvas. */
const CANVAS_MODULE = /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/;

/**
 * Gives R3F's Canvas only the three classes the tour uses as elements (src/scene/threeElements.ts) instead of the
 * whole namespace, which it registers and so keeps in the bundle. The rest of R3F and the app import three as
 * usual. Build only: the dev server pre-bundles R3F, and the whole namespace costs nothing there.
 */
export function threeElementsOnly(): Plugin {
  return {
    name: 'three-elements-only',
    apply: 'build',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === 'three' && importer && CANVAS_MODULE.test(importer)) return ELEMENTS;
    },
  };
}
