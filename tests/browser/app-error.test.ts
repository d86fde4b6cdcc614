// A bug that breaks the page while it draws: the visitor gets a message in their language and a way back, never a
// white screen. The bug is made the way a real one would arise, by putting the store in a state the page cannot
// draw (a room that does not exist) through the handle the app exposes for the console.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { disconnect, openTour, waitForHouse } from './tour';

afterAll(disconnect);

const breakThePage = (page: Page) =>
  page.evaluate(() => (window as any).casaTrotsky.store.setState({ roomId: 'no-such-room' }));

describe('a page that fails to draw', () => {
  it('shows a friendly message with a Reload button, which brings the tour back', async () => {
    const tour = await openTour('#/kitchen');
    try {
      const { page } = tour;
      await waitForHouse(page);
      await breakThePage(page);
      const message = page.getByRole('main');
      expect(await message.getByRole('heading', { level: 1 }).innerText()).toBe('Something went wrong');
      expect(await message.innerText()).toContain('Reloading usually brings it back');
      // The bug is still reported for whoever debugs the page.
      expect(tour.errors.length).toBeGreaterThan(0);

      tour.errors.length = 0;
      await Promise.all([page.waitForEvent('load'), message.getByRole('button', { name: 'Reload' }).click()]);
      await waitForHouse(page);
      expect(await page.locator('#room-name').innerText()).not.toBe('');
      expect(tour.errors).toEqual([]);
    } finally {
      await tour.close();
    }
  });

  it('says so in Spanish to a visitor who reads the tour in Spanish', async () => {
    const tour = await openTour('?lang=es#/kitchen');
    try {
      const { page } = tour;
      await waitForHouse(page);
      await breakThePage(page);
      const message = page.getByRole('main');
      expect(await message.getByRole('heading', { level: 1 }).innerText()).toBe('Algo salió mal');
      expect(await message.getAttribute('lang')).toBe('es');
      await message.getByRole('button', { name: 'Recargar' }).waitFor();
    } finally {
      await tour.close();
    }
  });
});
