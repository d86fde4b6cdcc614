import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, CSP_HEADER } from './build/contentSecurityPolicy.ts';
import { threeElementsOnly } from './build/threeElements.ts';
import { prerenderedRoot } from './build/prerenderedRoot.ts';
import { shippedModelsOnly } from './build/shippedModels.ts';
import { headScript } from './src/startup/build/headScript.ts';
import { compileHints } from './src/startup/build/compileHints.ts';
import { measureOff, startupDefines } from './src/startup/measures.ts';
import { packHouse, packHouseShape, splitCaptions } from './src/content/packedHouse.ts';

const ROOMS_ENTRY = fileURLToPath(new URL('./rooms/index.ts', import.meta.url));
const VIRTUAL_HOUSE = 'virtual:house';
const VIRTUAL_HOUSE_SHAPE = 'virtual:house-shape';
/** The default house's captions, fetched after the first frame (src/content/captions.ts). */
const VIRTUAL_CAPTIONS = 'virtual:captions';
/** The guided tours, validated against the house; fetched only when a visitor asks for a tour. */
const VIRTUAL_TOURS = 'virtual:tours';
/** The eras, oldest first, for the time control (small: names and dates). */
const VIRTUAL_ERAS = 'virtual:eras';
/** The houses of the eras other than the default one, and what changed in each: fetched when an era is asked for. */
const VIRTUAL_ERA_HOUSES = 'virtual:era-houses';
/** The dated events, fetched when a visitor opens the timeline. */
const VIRTUAL_TIMELINE = 'virtual:timeline';
/** The rooms' furnishing (rooms/furnishing/), validated against every era's house: imported only by the lazy
 *  ambience, so it ships in that chunk and never in the page's first scripts. */
const VIRTUAL_FURNISHING = 'virtual:furnishing';
/** What is seen over the garden's walls, placed on the site; fetched with the ambience, after the first frame. */
const VIRTUAL_SURROUNDINGS = 'virtual:surroundings';
const PRERENDER_ENTRY = fileURLToPath(new URL('./src/prerender.tsx', import.meta.url));
const FIRST_SCREEN_ENTRY = fileURLToPath(new URL('./src/startup/firstScreen/firstScreen.head.ts', import.meta.url));
/** The headset's code, fetched only when a visitor asks for VR. */
const ON_DEMAND = ['./src/xr/XRRoot.tsx'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
/** Start-up measures this build leaves out, for an A/B (src/startup/measures.ts); none by default. */
const STARTUP_OFF = process.env.STARTUP_OFF ?? '';

/**
 * Validates the room data and serves the resolved house as `virtual:house` (its captions apart, as
 * `virtual:captions`), its shapes alone as
 * `virtual:house-shape` (for the mesh worker), the guided tours as `virtual:tours` and the dated events as
 * `virtual:timeline`, and the furnishing as `virtual:furnishing`. A broken room, tour or furnishing file
 * fails the build (and the dev server, and the tests) with the file and field named.
 */
function houseData(): Plugin {
  type Content = typeof import('./rooms/index');
  const modules: Record<string, (content: Content) => unknown> = {
    [`\0${VIRTUAL_HOUSE}`]: (c) => splitCaptions(packHouse(c.house)).house,
    [`\0${VIRTUAL_CAPTIONS}`]: (c) => splitCaptions(packHouse(c.house)).captions,
    [`\0${VIRTUAL_HOUSE_SHAPE}`]: (c) => packHouseShape(c.house),
    [`\0${VIRTUAL_TOURS}`]: (c) => c.tours,
    [`\0${VIRTUAL_TIMELINE}`]: (c) => c.house.timeline,
    [`\0${VIRTUAL_SURROUNDINGS}`]: (c) => c.surroundings,
    [`\0${VIRTUAL_ERAS}`]: (c) => ({ eras: c.eras, defaultEra: c.DEFAULT_ERA }),
    [`\0${VIRTUAL_ERA_HOUSES}`]: (c) => ({
      houses: Object.fromEntries(c.eras.filter((e) => e.id !== c.DEFAULT_ERA).map((e) => [e.id, packHouse(c.eraHouses[e.id])])),
      changes: c.eraChanges,
    }),
    [`\0${VIRTUAL_FURNISHING}`]: (c) => c.furnishing,
  };
  return {
    name: 'house-data',
    resolveId: (id) => (`\0${id}` in modules ? `\0${id}` : undefined),
    async load(id) {
      const pack = modules[id];
      if (!pack) return;
      const { module, dependencies } = await runnerImport<Content>(ROOMS_ENTRY);
      for (const file of dependencies ?? []) this.addWatchFile(file);
      // As a string for JSON.parse: V8 reads JSON several times faster than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(pack(module)))});`;
    },
  };
}

/** The model kinds today's house uses: all the mesh worker needs (build/shippedModels.ts). */
async function shippedKinds(): Promise<string[]> {
  const { module } = await runnerImport<typeof import('./rooms/index')>(ROOMS_ENTRY);
  const kinds = Object.values(module.house.exhibits).map((e) => e.exhibit.model.kind);
  return [...new Set(kinds)].filter((kind) => kind !== 'marker').sort();
}

export default defineConfig({
  plugins: [
    react(),
    houseData(),
    contentSecurityPolicy(),
    threeElementsOnly(),
    prerenderedRoot({ entry: PRERENDER_ENTRY, plugins: () => [houseData()] }),
    headScript({ entry: FIRST_SCREEN_ENTRY, name: 'first-screen' }),
    measureOff('compile-hints', STARTUP_OFF) ? null : compileHints({ onDemand: ON_DEMAND }),
  ],
  define: startupDefines(STARTUP_OFF),
  resolve: {
    // One three for everything: the XR emulator's panel ships its own older copy otherwise, which cannot draw
    // materials made by ours.
    dedupe: ['three'],
    // The XR emulator runs without a synthetic room; leave its room scans (megabytes) out of the build.
    alias: { '@iwer/sem': fileURLToPath(new URL('./src/xr/noSyntheticEnvironment.ts', import.meta.url)) },
  },
  base: './',
  // Files served as they are: the XR controller layouts (JSON) the headset code asks for by URL.
  publicDir: 'assets/public',
  // Workers are bundled on their own: the mesh worker imports the house's shapes.
  worker: { plugins: () => [houseData(), shippedModelsOnly(shippedKinds)] },
  build: { target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 1200 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false, headers: { 'Content-Security-Policy': CSP_HEADER } },
});
