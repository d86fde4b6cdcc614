import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { currentRoomName, disconnect, openTour, viewPixels, visit, waitForHouse, type TourPage } from './tour';

const ROOMS = [
  ['garden', 'Garden'],
  ['guards-house', "Guards' house"],
  ['kitchen', 'Kitchen'],
  ['dining-room', 'Dining room'],
  ['office', 'Office'],
  ['study', 'Study'],
  ['bedroom', 'Bedroom'],
  ['bathroom', 'Bathroom and dressing room'],
  ['grandsons-room', 'Grandson’s room'],
] as const;

afterAll(disconnect);

describe('a visitor opening a room’s address', () => {
  // The first address opens the page; the others are typed into the same page's address bar, as a visitor going
  // from room to room by address does (each a new page would load the same tour nine times over).
  let tour: TourPage;
  beforeAll(async () => {
    tour = await openTour('#/garden');
    await waitForHouse(tour.page);
  });
  afterAll(() => tour?.close());

  it.each(ROOMS)('#/%s shows that room, drawn', async (id, name) => {
    await tour.page.goto(`${inject('baseUrl')}#/${id}`);
    await expect.poll(() => currentRoomName(tour.page), { timeout: 10_000 }).toBe(name);
    await tour.page.waitForFunction(() => !(window as any).casaTrotsky.store.getState().travel, null, { timeout: 10_000 });
    expect(await tour.page.title()).toMatch(new RegExp(`^${name}`));
    const view = await viewPixels(tour.page);
    // A drawn room has walls, floor and light: many colours, not a blank canvas.
    expect(view.distinctColours()).toBeGreaterThan(40);
    expect(tour.errors).toEqual([]);
  });
});

describe('walking', () => {
  it('moves the view while the forward key is held', async () => {
    await visit('#/garden', async (tour) => {
      await tour.page.locator('main').focus();
      const before = await viewPixels(tour.page);
      await tour.page.keyboard.down('w');
      await tour.page.waitForTimeout(1200);
      await tour.page.keyboard.up('w');
      await tour.page.waitForTimeout(200);
      const after = await viewPixels(tour.page);
      expect(after.differenceFrom(before)).toBeGreaterThan(0.05);
      await expect.poll(() => currentRoomName(tour.page)).toBe('Garden');
    });
  });

  it('walks through a doorway into the next room, and the address follows', async () => {
    await visit('#/study', async (tour) => {
      // Go through to the bedroom by its button, then walk straight back through the same doorway.
      await tour.page.getByRole('button', { name: 'Go to Bedroom' }).click();
      await tour.page.waitForFunction(() => location.hash === '#/bedroom');
      await tour.page.locator('main').focus();
      await tour.page.keyboard.down('s');
      await tour.page.waitForFunction(() => location.hash === '#/study', null, { timeout: 10_000 });
      await tour.page.keyboard.up('s');
      await expect.poll(() => currentRoomName(tour.page)).toBe('Study');
    });
  });
});
