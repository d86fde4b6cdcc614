import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { house } from '../../rooms';
import { disconnect, openTour, visit, waitForHouse, type TourPage } from './tour';

afterAll(disconnect);

const OBJECTS = Object.keys(house.exhibits).length;
const ROOMS = house.order.length;
const progressNote = (page: Page) => page.locator('.progress-note').innerText();
const progressIs = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector('.progress-note')?.textContent === t, text, { timeout: 15_000 });

/** Cuts instead of glides, so only the rooms arrived in count as visited. */
async function cutsOnly(page: Page) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().reducedMotion);
}

async function goTo(page: Page, room: string) {
  await page.getByRole('navigation', { name: 'Rooms' }).getByRole('link', { name: room, exact: true }).click();
  await page.waitForFunction((n) => document.getElementById('room-name')?.textContent === n, room);
}

async function readCaption(page: Page, index: number) {
  await page.getByRole('list', { name: 'Objects in this room' }).getByRole('button').nth(index).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}

/** Opens the tour with storage prepared by a script that runs before the page's own. */
async function openWithStorage(script: string): Promise<TourPage> {
  const tour = await openTour('#/garden', undefined, async (context) => {
    await context.addInitScript(script);
  });
  await waitForHouse(tour.page);
  return tour;
}

async function expectCalmStart(tour: TourPage, rooms = 1) {
  try {
    expect(await progressNote(tour.page)).toBe(`Seen 0 of ${OBJECTS} objects · ${rooms} of ${ROOMS} rooms visited`);
    await expect.poll(() => tour.page.locator('#room-name').innerText()).toBe('Garden');
    expect(tour.errors).toEqual([]);
  } finally {
    await tour.close();
  }
}

describe('what the tour remembers between visits', () => {
  it('keeps the objects seen, the rooms visited and the language across a reload', async () => {
    await visit('#/garden', async ({ page }) => {
      await cutsOnly(page);
      expect(await progressNote(page)).toBe(`Seen 0 of ${OBJECTS} objects · 1 of ${ROOMS} rooms visited`);
      await goTo(page, 'Study');
      await readCaption(page, 0);
      await readCaption(page, 1);
      await readCaption(page, 0);
      await goTo(page, 'Kitchen');
      await progressIs(page, `Seen 2 of ${OBJECTS} objects · 3 of ${ROOMS} rooms visited`);
      await page.getByRole('button', { name: 'Español' }).click();
      await progressIs(page, `2 de ${OBJECTS} objetos vistos · 3 de ${ROOMS} espacios visitados`);

      // An address without ?lang=: the language can only come from memory.
      await page.goto(`${inject('baseUrl')}#/garden`);
      await waitForHouse(page);
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      await expect.poll(() => page.locator('#room-name').innerText()).toBe('Jardín');
      expect(await progressNote(page)).toBe(`2 de ${OBJECTS} objetos vistos · 3 de ${ROOMS} espacios visitados`);
    });
  });

  it('starts afresh when what is stored is not what the tour wrote', async () => {
    await expectCalmStart(
      await openWithStorage(`
        localStorage.setItem('casa-trotsky:progress', '{"visitedRooms": ["study"');
        localStorage.setItem('casa-trotsky:lang', '{"lang":"es"}');
      `),
    );
  });

  it('keeps only the rooms and objects the house has', async () => {
    const stored = JSON.stringify({ visitedRooms: ['attic', 'study', 7, null], seenExhibits: ['piano', '__proto__', {}] });
    await expectCalmStart(await openWithStorage(`localStorage.setItem('casa-trotsky:progress', ${JSON.stringify(stored)});`), 2);
  });

  it('works when storage refuses every read and write', async () => {
    const tour = await openWithStorage(`
      Storage.prototype.getItem = () => { throw new DOMException('denied', 'SecurityError'); };
      Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    `);
    try {
      await cutsOnly(tour.page);
      await goTo(tour.page, 'Kitchen');
      await readCaption(tour.page, 0);
      await tour.page.getByRole('button', { name: 'Español' }).click();
      await progressIs(tour.page, `1 de ${OBJECTS} objetos vistos · 2 de ${ROOMS} espacios visitados`);
      expect(tour.errors).toEqual([]);
    } finally {
      await tour.close();
    }
  });

  it('works when the browser has no storage for the page at all', async () => {
    await expectCalmStart(
      await openWithStorage(`
        Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
      `),
    );
  });
});
