import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { house } from '../../rooms';
import { doorwaySigns } from '../../src/scene/doorwaySigns';
import { currentRoomName, disconnect, openTour, visit, waitForHouse } from './tour';
import { turnUntilInView } from './screen';

afterAll(disconnect);

const hashIs = (page: Page, hash: string) => page.waitForFunction((h) => location.hash === h, hash, { timeout: 15_000 });

describe('moving between rooms', () => {
  it('glides through a doorway when its sign in the 3D view is clicked', async () => {
    await visit('#/kitchen', async (tour) => {
      await tour.page.getByRole('button', { name: 'Close the introduction' }).click();
      const sign = doorwaySigns(house, 'kitchen').find((s) => s.to === 'dining-room')!;
      const point = await turnUntilInView(tour.page, sign.position);
      expect(point, 'turning around brings the dining-room sign into view').not.toBeNull();
      await tour.page.mouse.click(point!.x, point!.y);
      await hashIs(tour.page, '#/dining-room');
      await expect.poll(() => currentRoomName(tour.page)).toBe('Dining room');
      expect(await tour.page.title()).toMatch(/^Dining room/);
    });
  });

  it('reaches all nine rooms from the garden using only the Doorways buttons', async () => {
    const tour = await openTour('#/garden');
    // Cuts instead of glides keep this walk short; gliding is covered above.
    await tour.page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      await waitForHouse(tour.page);
      const doorways = tour.page.getByRole('list', { name: 'Doorways' });
      const visited = new Set<string>([await currentRoomName(tour.page)]);
      const go = async (name: string) => {
        await doorways.getByRole('button', { name: `Go to ${name}` }).click();
        await tour.page.waitForFunction((n) => document.getElementById('room-name')?.textContent === n, name);
      };
      const explore = async (here: string): Promise<void> => {
        const names = (await doorways.getByRole('button').allInnerTexts()).map((t) => t.replace(/^Go to /, ''));
        for (const next of names) {
          if (visited.has(next)) continue;
          visited.add(next);
          await go(next);
          await explore(next);
          await go(here);
        }
      };
      await explore('Garden');
      expect([...visited].sort()).toEqual(house.order.map((id) => house.rooms[id].name.en).sort());
      expect(tour.errors).toEqual([]);
    } finally {
      await tour.close();
    }
  });

  it('follows the Rooms links, by keyboard, and marks the current one', async () => {
    await visit('#/garden', async (tour) => {
      const nav = tour.page.getByRole('navigation', { name: 'Rooms' });
      expect(await nav.getByRole('link').count()).toBe(9);
      expect(await nav.getByRole('link', { name: 'Garden' }).getAttribute('aria-current')).toBe('page');
      await nav.getByRole('link', { name: 'Bathroom and dressing room' }).focus();
      await tour.page.keyboard.press('Enter');
      await hashIs(tour.page, '#/bathroom');
      await expect.poll(() => currentRoomName(tour.page)).toBe('Bathroom and dressing room');
      expect(await nav.getByRole('link', { name: 'Bathroom and dressing room' }).getAttribute('aria-current')).toBe('page');
      expect(await nav.getByRole('link', { name: 'Garden' }).getAttribute('aria-current')).toBeNull();
    });
  });

  it('takes the visitor to a room clicked on the floor plan', async () => {
    await visit('#/garden', async (tour) => {
      const plan = tour.page.getByRole('group', { name: 'Floor plan (schematic)' });
      await plan.getByRole('link', { name: 'Office' }).click();
      await hashIs(tour.page, '#/office');
      await expect.poll(() => currentRoomName(tour.page)).toBe('Office');
      expect(await plan.getByRole('link', { name: 'Office' }).getAttribute('aria-current')).toBe('page');
    });
  });

  it('goes back to the previous room with the browser’s Back button', async () => {
    await visit('#/office', async (tour) => {
      await tour.page.getByRole('button', { name: 'Go to Study' }).click();
      await hashIs(tour.page, '#/study');
      await tour.page.goBack();
      await hashIs(tour.page, '#/office');
      await tour.page.waitForFunction(() => document.getElementById('room-name')?.textContent === 'Office');
    });
  });
});

describe('an address that is not a room', () => {
  it('shows the garden with a polite notice, never a blank page', async () => {
    await visit('#/attic', async (tour) => {
      const notice = tour.page.getByRole('status').filter({ hasText: 'attic' });
      expect(await notice.innerText()).toMatch(/no room called “attic”/);
      await expect.poll(() => currentRoomName(tour.page)).toBe('Garden');
      await hashIs(tour.page, '#/garden');
    });
  });
});
