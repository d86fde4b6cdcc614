import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';
import { waitForHouse } from './tour';
import { installGlResourceCounter, type GlResourceCounts } from '../bench/glResources.mjs';
import { fullTour } from '../bench/fullTour.mjs';

// A browser of its own: `gc()` for a forced collection before each heap reading, and exact heap figures rather
// than the coarse, noisy ones a page normally gets.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
});
afterAll(() => browser?.close());

const TOURS_AFTER_FIRST = 9;
/** Leaks are per room and do not depend on the canvas size, which is what SwiftShader's time depends on. */
const VIEWPORT = { width: 480, height: 320 };
/** The heap may wobble (V8's own caches, compiled code) but must not grow with every tour. */
const MAX_HEAP_GROWTH = 0.1;
/**
 * Both readings are taken in the same state (last room, its first caption just closed, the same frames drawn), so
 * the counts should match exactly, and did in every run so far. One of each kind is allowed because a label's
 * texture is released by a React effect cleanup, which may not have run at the instant of reading; a leak adds
 * some in every room, dozens over nine tours (leaving the sign textures undisposed gave 40 → 148 textures).
 */
const GL_SLACK = 1;

interface Reading {
  heapBytes: number;
  gl: Record<'buffers' | 'textures' | 'programs', number>;
}

async function read(page: Page): Promise<Reading> {
  return page.evaluate(async () => {
    const w = window as unknown as { gc(): void; __glResources(): GlResourceCounts };
    // Let the last frame's deletions happen, then collect twice: finalizers can free more on the second pass.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    w.gc();
    await new Promise((r) => setTimeout(r, 50));
    w.gc();
    const gl = w.__glResources();
    const heapBytes = (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    return { heapBytes, gl: { buffers: gl.buffers.live, textures: gl.textures.live, programs: gl.programs.live } };
  });
}

describe('memory over many tours', () => {
  it('frees what each room made: WebGL objects back to their level after one tour, heap within 10 %', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    await context.addInitScript(installGlResourceCounter);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${inject('baseUrl')}#/garden`);
      await waitForHouse(page);
      await fullTour(page);
      const afterOne = await read(page);
      for (let i = 0; i < TOURS_AFTER_FIRST; i++) await fullTour(page);
      const afterTen = await read(page);
      const figures = `after one tour ${JSON.stringify(afterOne)}, after ten ${JSON.stringify(afterTen)}`;
      // Printed on success too, so a slow creep below the thresholds can be seen from run to run.
      console.info(`no-leaks: ${figures}`);
      for (const kind of ['buffers', 'textures', 'programs'] as const)
        expect(afterTen.gl[kind], `live WebGL ${kind}: ${figures}`).toBeLessThanOrEqual(afterOne.gl[kind] + GL_SLACK);
      expect(afterTen.heapBytes / afterOne.heapBytes, `JS heap: ${figures}`).toBeLessThan(1 + MAX_HEAP_GROWTH);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
