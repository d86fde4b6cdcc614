import { afterAll, describe, expect, it } from 'vitest';
import { disconnect, openTour, waitForHouse } from './tour';
import { axeViolations as violations } from './axe';

afterAll(disconnect);

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
