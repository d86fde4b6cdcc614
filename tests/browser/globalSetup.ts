// Serves the production build on 127.0.0.1 and starts one headless Chromium that every browser test connects to.
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { launchOptions } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

let server: PreviewServer;
let browser: BrowserServer;

/** Where the build to test lives: dist/ unless TOUR_DIST names another (`vite build --outDir` there), so two
 *  builds can be tested side by side. */
const OUT_DIR = process.env.TOUR_DIST ?? 'dist';

export async function setup(project: TestProject) {
  if (!existsSync(`${OUT_DIR}/index.html`))
    throw new Error(`No production build in ${OUT_DIR}/: run \`npm run build\` first (npm test does).`);
  server = await preview({
    build: { outDir: OUT_DIR },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  browser = await chromium.launchServer(launchOptions());
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('wsEndpoint', browser.wsEndpoint());
}

export async function teardown() {
  await browser?.close();
  await server?.close();
}
