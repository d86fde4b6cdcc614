import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';
import { waitForHouse } from './tour';
import { installGlResourceCounter, type GlResourceCounts } from '../bench/glResources.mjs';
import { fullTour } from '../bench/fullTour.mjs';
import { heapBreakdown, type HeapBreakdown } from '../bench/heapBreakdown.mjs';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const TOURS_AFTER_FIRST = 9;
/**
 * Each tour plays a guided tour first (its address, "Next stop" three times, the overview, a room flown into,
 * Leave; see fullTour.mjs), then goes through every room, each also shown in another era (ten tours: ten changes
 * of era in every room). Leaks are per room and per stop and do not depend on
 * the canvas size, which is what SwiftShader's time depends on.
 */
const VIEWPORT = { width: 480, height: 320 };
/**
 * What the page holds (its JS objects; its DOM and other browser-side objects) must not grow with every tour. The
 * heap's compiled code and the browser's performance records are left out: they grow on their own (see
 * heapBreakdown.mjs). Measured: objects +0.3 %, browser-side +1.9 % over nine tours with the guided tour (+0.1 %,
 * +1 % without it); with the changes of era, objects +0.3 %, browser-side +1.0 %, WebGL objects equal. A player that kept one listener and an 80 KB array per stop gave objects +79 % (4.4 → 7.8 MB)
 * and listeners 223 → 268.
 */
const MAX_HEAP_GROWTH = 0.1;
/** DOM nodes and event listeners: the same screen after each reading, so the same counts, give or take a node
 *  React has not yet let go of. */
const DOM_SLACK = 10;
/**
 * Both readings are taken in the same state (last room, its first caption just closed, the same frames drawn), so
 * the counts should match exactly, and did in every run so far. One of each kind is allowed because a label's
 * texture is released by a React effect cleanup, which may not have run at the instant of reading; a leak adds
 * some in every room, dozens over nine tours (leaving the sign textures undisposed gave 40 → 148 textures).
 */
const GL_SLACK = 1;

interface Reading {
  heap: HeapBreakdown;
  domNodes: number;
  listeners: number;
  gl: Record<'buffers' | 'textures' | 'programs', number>;
  gpuMB: GlResourceCounts['bytes'];
}

async function read(page: Page, cdp: CDPSession): Promise<Reading> {
  const gl = await page.evaluate(async () => {
    // Let the last frame's deletions happen first.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const counts = (window as unknown as { __glResources(): GlResourceCounts }).__glResources();
    return { counts: { buffers: counts.buffers.live, textures: counts.textures.live, programs: counts.programs.live }, bytes: counts.bytes };
  });
  // Collect twice (finalizers can free more on the second pass); the snapshot collects once more itself.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heap: await heapBreakdown(cdp), domNodes: metric('Nodes'), listeners: metric('JSEventListeners'), gl: gl.counts, gpuMB: gl.bytes };
}

describe('memory over many tours', () => {
  it('frees what each room and a guided tour made: WebGL objects, DOM nodes and listeners back to their level after one tour, heap within 10 %', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    await context.addInitScript(installGlResourceCounter);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${inject('baseUrl')}#/garden`);
      await waitForHouse(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await fullTour(page);
      const afterOne = await read(page, cdp);
      for (let i = 0; i < TOURS_AFTER_FIRST; i++) await fullTour(page);
      const afterTen = await read(page, cdp);
      const figures = `after one tour ${JSON.stringify(afterOne)}, after ten ${JSON.stringify(afterTen)}`;
      // Printed on success too, so a slow creep below the thresholds can be seen from run to run.
      console.info(`no-leaks: ${figures}`);
      for (const kind of ['buffers', 'textures', 'programs'] as const)
        expect(afterTen.gl[kind], `live WebGL ${kind}: ${figures}`).toBeLessThanOrEqual(afterOne.gl[kind] + GL_SLACK);
      // The GPU's memory for textures (the shadow map among them) and vertices, as the page asked for it.
      for (const kind of ['texturesMB', 'buffersMB'] as const)
        expect(afterTen.gpuMB[kind], `GPU ${kind}: ${figures}`).toBeLessThanOrEqual(afterOne.gpuMB[kind] * (1 + MAX_HEAP_GROWTH));
      expect(afterTen.heap.objects / afterOne.heap.objects, `JS objects: ${figures}`).toBeLessThan(1 + MAX_HEAP_GROWTH);
      expect(afterTen.heap.dom / afterOne.heap.dom, `browser-side objects: ${figures}`).toBeLessThan(1 + MAX_HEAP_GROWTH);
      expect(afterTen.domNodes, `DOM nodes: ${figures}`).toBeLessThanOrEqual(afterOne.domNodes + DOM_SLACK);
      expect(afterTen.listeners, `event listeners: ${figures}`).toBeLessThanOrEqual(afterOne.listeners + DOM_SLACK);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
