import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { disconnect, openTour, waitForHouse } from './tour';

afterAll(disconnect);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (window as any).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: any) => `${v.impact}: ${v.id} (${v.nodes.length}) ${v.help} — ${v.nodes[0]?.target}`);
  });
  return result;
}

describe('accessibility (axe-core)', () => {
  it('finds no violations in a room, in English and in Spanish', async () => {
    for (const address of ['#/study', '?lang=es#/bedroom']) {
      const tour = await openTour(address);
      try {
        await waitForHouse(tour.page);
        expect(await violations(tour.page), address).toEqual([]);
      } finally {
        await tour.close();
      }
    }
  });

  it('finds no violations with a caption open', async () => {
    const tour = await openTour('#/kitchen/icebox');
    try {
      await waitForHouse(tour.page);
      await tour.page.getByRole('dialog').waitFor();
      expect(await violations(tour.page)).toEqual([]);
    } finally {
      await tour.close();
    }
  });
});
