// The house's meshes are built in a worker the page starts before its own scripts. Where that worker cannot be
// fetched (a proxy, a policy, a flaky network), the page builds them itself: the house is drawn all the same.
import { afterAll, describe, expect, it } from 'vitest';
import { disconnect, openTour, viewPixels, waitForHouse } from './tour';

afterAll(disconnect);

describe('a mesh worker that cannot load', () => {
  it('still draws the house, built on the page, with no error but the refused request', async () => {
    const refused: string[] = [];
    const tour = await openTour('#/office', undefined, async (context) => {
      await context.route(/houseMeshes\.worker-[^/]*\.js$/, (route) => {
        refused.push(route.request().url());
        return route.abort();
      });
    });
    try {
      await waitForHouse(tour.page);
      expect(refused.length, 'the worker was asked for').toBeGreaterThan(0);
      // The same house as the worker would have made: walls, floor and objects in many colours, not a blank view.
      expect((await viewPixels(tour.page)).distinctColours()).toBeGreaterThan(40);
      expect(await tour.page.locator('#room-name').innerText()).toMatch(/office/i);
      expect(tour.errors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e))).toEqual([]);
    } finally {
      await tour.close();
    }
  });
});
