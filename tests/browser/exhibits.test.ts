import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { house } from '../../rooms';
import { sources } from '../../rooms/sources';
import { hotspotPosition } from '../../src/scene/hotspotPosition';
import { captionsArrived, disconnect, openTour, visit, waitForHouse, type TourPage } from './tour';
import { screenPointOf } from './screen';

afterAll(disconnect);

const dialog = (page: Page) => page.getByRole('dialog');
const notTravelling = (page: Page) =>
  page.waitForFunction(() => (window as any).casaTrotsky.store.getState().travel === null);


describe('the objects of every room', () => {
  // One page walks the whole house, room by room through the address, as a visitor following links would: a
  // fresh page per room would spend most of its time loading the same tour again.
  let tour: TourPage;
  beforeAll(async () => {
    tour = await openTour('#/garden');
    await waitForHouse(tour.page);
    // Turning towards each object is then a cut, not a glide: the same captions and the same final view, in
    // a fraction of the time. (Glides have tests of their own in walking-the-house.)
    await tour.page.emulateMedia({ reducedMotion: 'reduce' });
    await tour.page.waitForFunction(() => (window as any).casaTrotsky.store.getState().reducedMotion);
  });
  afterAll(() => tour?.close());

  it.each(house.order)('%s: each object in the list opens its caption, and its hotspot opens it too', async (roomId) => {
    const { page } = tour;
    await page.evaluate((hash) => (location.hash = hash), `#/${roomId}`);
    await expect.poll(() => page.locator('#room-name').innerText(), { timeout: 10_000 }).toBe(house.rooms[roomId].name.en);
    await notTravelling(page);
    const intro = page.getByRole('button', { name: 'Close the introduction' });
    if (await intro.isVisible()) await intro.click();
    const list = page.getByRole('list', { name: 'Objects in this room' });
    const exhibits = house.rooms[roomId].exhibits;
    expect(await list.getByRole('button').count()).toBe(exhibits.length);

    for (const x of exhibits) {
      const entry = list.getByRole('button', { name: x.name.en, exact: true });
      await entry.click();
      const d = dialog(page);
      await d.waitFor();
      expect(await d.getByRole('heading', { level: 2 }).innerText()).toBe(x.name.en);
      await captionsArrived(d);
      expect(await d.innerText()).toContain(x.caption.en);
      for (const s of x.sources) expect(await d.innerText()).toContain(sources[s].title);
      await page.keyboard.press('Escape');
      await d.waitFor({ state: 'hidden' });
      // Focus goes back to the entry that opened the caption.
      expect(await entry.evaluate((el) => el === document.activeElement)).toBe(true);
    }

    // Opening the last object turned the visitor towards it: its hotspot is in view. Click it in the 3D view.
    const last = exhibits[exhibits.length - 1];
    await notTravelling(page);
    // A cut moves the camera at once; the hotspots turn to face it in the next frame, and a click aims at them.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.locator('main').focus();
    const point = await screenPointOf(page, hotspotPosition(last));
    expect(point, `the hotspot of ${last.id} is in view`).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await dialog(page).waitFor();
    expect(await dialog(page).getByRole('heading', { level: 2 }).innerText()).toBe(last.name.en);
    await page.waitForFunction((h) => location.hash === h, `#/${roomId}/${last.id}`);
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    expect(tour.errors).toEqual([]);
  });
});

describe('an object’s address', () => {
  it('opens the tour at that object with its caption open, and closing it returns to the room', async () => {
    const tour = await openTour('#/study/north-bookcase');
    try {
      const { page } = tour;
      await waitForHouse(page);
      const d = dialog(page);
      await d.waitFor();
      expect(await d.getByRole('heading', { level: 2 }).innerText()).toBe(house.exhibits['north-bookcase'].exhibit.name.en);
      expect(await page.title()).toMatch(new RegExp(`^${house.exhibits['north-bookcase'].exhibit.name.en}`));
      await d.getByRole('button', { name: 'Close' }).click();
      await d.waitFor({ state: 'hidden' });
      await page.waitForFunction(() => location.hash === '#/study');
      expect(tour.errors).toEqual([]);
    } finally {
      await tour.close();
    }
  });

  it('says so politely when the object does not exist', async () => {
    await visit('#/kitchen/piano', async (tour) => {
      expect(await tour.page.getByRole('status').innerText()).toMatch(/no object called “piano”/);
      await expect.poll(() => tour.page.locator('#room-name').innerText()).toBe('Kitchen');
    });
  });
});

describe('in Spanish', () => {
  it('?lang=es shows Spanish names, captions and interface, and the choice can be switched back', async () => {
    const tour = await openTour('?lang=es#/kitchen');
    try {
      const { page } = tour;
      await waitForHouse(page);
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      await expect.poll(() => page.locator('#room-name').innerText()).toBe(house.rooms.kitchen.name.es);
      const icebox = house.exhibits.icebox.exhibit;
      await page.getByRole('list', { name: 'Objetos de este espacio' }).getByRole('button', { name: icebox.name.es }).click();
      await captionsArrived(dialog(page));
      expect(await dialog(page).innerText()).toContain(icebox.caption.es);
      await dialog(page).getByRole('button', { name: 'Cerrar' }).click();
      await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
      await expect.poll(() => page.locator('#room-name').innerText()).toBe('Kitchen');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
      expect(tour.errors).toEqual([]);
    } finally {
      await tour.close();
    }
  });

  it('remembers the visitor’s language on the next visit', async () => {
    const tour = await openTour('#/garden');
    try {
      const { page } = tour;
      await waitForHouse(page);
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      await page.goto(page.url().replace(/\?.*#/, '#').replace('#/garden', '#/office'));
      await page.reload();
      await waitForHouse(page);
      await expect.poll(() => page.locator('#room-name').innerText()).toBe(house.rooms.office.name.es);
      expect(tour.errors).toEqual([]);
    } finally {
      await tour.close();
    }
  });
});
