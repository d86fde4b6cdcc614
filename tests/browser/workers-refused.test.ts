// The page hands work to workers: the house's meshes (started before the app's own scripts) and the signs'
// labels (so the page makes no 2D canvas while the 3D view starts). Where a worker's script cannot be fetched (a
// proxy, a policy, a flaky network) the page does that work itself, and the visitor sees the same tour.
import { afterAll, describe, expect, it } from 'vitest';
import { house } from '../../rooms';
import { doorwaySigns } from '../../src/scene/doorwaySigns';
import { currentRoomName, disconnect, openTour, viewPixels, waitForHouse, type TourPage } from './tour';
import { turnUntilInView } from './screen';

afterAll(disconnect);

/** Opens the tour with one worker's script refused; `check` gets the tour once the house is drawn. */
async function withWorkerRefused(hash: string, script: RegExp, check: (tour: TourPage) => Promise<void>): Promise<void> {
  const refused: string[] = [];
  const tour = await openTour(hash, undefined, async (context) => {
    await context.route(script, (route) => {
      refused.push(route.request().url());
      return route.abort();
    });
  });
  try {
    await waitForHouse(tour.page);
    await check(tour);
    expect(refused.length, 'the worker was asked for').toBeGreaterThan(0);
    expect(tour.errors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e))).toEqual([]);
  } finally {
    await tour.close();
  }
}

describe('a worker that cannot load', () => {
  it('for the meshes: the house is still drawn, built on the page, with no error but the refused request', async () => {
    await withWorkerRefused('#/office', /houseMeshes\.worker-[^/]*\.js$/, async (tour) => {
      // The same house as the worker would have made: walls, floor and objects in many colours, not a blank view.
      expect((await viewPixels(tour.page)).distinctColours()).toBeGreaterThan(40);
      expect(await tour.page.locator('#room-name').innerText()).toMatch(/office/i);
    });
  });

  it('for the labels: the doorway signs are painted on the page, and a click on one goes through', async () => {
    await withWorkerRefused('#/kitchen', /labelPainter\.worker-[^/]*\.js$/, async (tour) => {
      await tour.page.getByRole('button', { name: 'Close the introduction' }).click();
      const sign = doorwaySigns(house, 'kitchen').find((s) => s.to === 'dining-room')!;
      const point = await turnUntilInView(tour.page, sign.position);
      expect(point, 'turning around brings the dining-room sign into view').not.toBeNull();
      await tour.page.mouse.click(point!.x, point!.y);
      await expect.poll(() => currentRoomName(tour.page), { timeout: 15_000 }).toBe('Dining room');
    });
  });
});
