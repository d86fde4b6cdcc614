// The signs over doorways are painted in a worker, so the page never makes a 2D canvas while the 3D view starts.
// Where that worker cannot be fetched, the page paints them itself: the signs are there and answer a click.
import { afterAll, describe, expect, it } from 'vitest';
import { house } from '../../rooms';
import { doorwaySigns } from '../../src/scene/doorwaySigns';
import { currentRoomName, disconnect, openTour, waitForHouse } from './tour';
import { turnUntilInView } from './screen';

afterAll(disconnect);

describe('a label worker that cannot load', () => {
  it('still shows the doorway signs, painted on the page, and a click on one goes through', async () => {
    const refused: string[] = [];
    const tour = await openTour('#/kitchen', undefined, async (context) => {
      await context.route(/labelPainter\.worker-[^/]*\.js$/, (route) => {
        refused.push(route.request().url());
        return route.abort();
      });
    });
    try {
      await waitForHouse(tour.page);
      await tour.page.getByRole('button', { name: 'Close the introduction' }).click();
      const sign = doorwaySigns(house, 'kitchen').find((s) => s.to === 'dining-room')!;
      const point = await turnUntilInView(tour.page, sign.position);
      expect(point, 'turning around brings the dining-room sign into view').not.toBeNull();
      await tour.page.mouse.click(point!.x, point!.y);
      await expect.poll(() => currentRoomName(tour.page), { timeout: 15_000 }).toBe('Dining room');
      expect(refused.length, 'the worker was asked for').toBeGreaterThan(0);
      expect(tour.errors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e))).toEqual([]);
    } finally {
      await tour.close();
    }
  });
});
