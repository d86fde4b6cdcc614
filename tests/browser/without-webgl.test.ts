// A browser that cannot give the 3D view a WebGL context: the tour is told in text where the view would be, and
// moving through the house works as it does in 3D.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { house } from '../../rooms';
import { sources } from '../../rooms/sources';
import { launchChromium } from './chromium';
import { axeViolations } from './axe';
import { captionsArrived } from './tour';

/** Chromium's own switches for WebGL: the interfaces stay defined, but no context can be created. */
const NO_WEBGL = ['--disable-webgl', '--disable-3d-apis'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium(NO_WEBGL);
});
afterAll(() => browser?.close());

interface TextTourPage {
  page: Page;
  errors: string[];
}

/** Opens the tour at an address, waits for the text tour, and checks that the page logged no error. */
async function visitWithoutWebGL(address: string, act: (tour: TextTourPage) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 960, height: 600 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('baseUrl') + address);
    await page.locator('.text-tour').waitFor({ timeout: 30_000 });
    await act({ page, errors });
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}

type StoreHouse = typeof house;
const storeHouse = (page: Page): Promise<StoreHouse> =>
  page.evaluate(() => (window as any).casaTrotsky.store.getState().house);
const view = (page: Page) => page.getByRole('main');
const roomHeading = (page: Page) => view(page).getByRole('heading', { level: 2 });
/** The text tour tells the room at the address: the hash changes first, the page follows. */
async function inRoom(page: Page, roomId: string, name: string) {
  await page.waitForFunction((id) => location.hash === `#/${id}`, roomId);
  await expect.poll(() => roomHeading(page).innerText()).toBe(name);
}

describe('without WebGL', () => {
  it('the browser really has no WebGL: no context of either version can be created', async () => {
    await visitWithoutWebGL('#/garden', async ({ page }) => {
      const contexts = await page.evaluate(() => ({
        webgl2: document.createElement('canvas').getContext('webgl2') !== null,
        webgl: document.createElement('canvas').getContext('webgl') !== null,
      }));
      expect(contexts).toEqual({ webgl2: false, webgl: false });
      expect(await page.locator('canvas').count()).toBe(0);
      expect(await view(page).getAttribute('aria-label')).toBe('Text tour: Garden');
    });
  });

  it('tells every room in text: its name, introduction, and each object’s name, caption, dates, people and sources', async () => {
    await visitWithoutWebGL('#/garden', async ({ page }) => {
      const h = await storeHouse(page);
      expect(h.order).toEqual(house.order);
      for (const roomId of h.order) {
        await page.evaluate((id) => (location.hash = `#/${id}`), roomId);
        const room = h.rooms[roomId];
        await expect.poll(() => roomHeading(page).innerText()).toBe(room.name.en);
        const text = await view(page).innerText();
        expect(text).toContain(room.intro.en);
        expect(text).toContain(room.layoutEvidence.note.en);
        const objects = view(page).locator('article article');
        expect(await objects.count(), roomId).toBe(room.exhibits.length);
        for (const [i, x] of room.exhibits.entries()) {
          const entry = objects.nth(i);
          expect(await entry.getByRole('heading', { level: 4 }).innerText()).toBe(x.name.en);
          await captionsArrived(entry);
          const told = await entry.innerText();
          expect(told).toContain(x.caption.en);
          if (x.when) expect(told).toContain(x.when.en);
          for (const p of x.people) expect(told).toContain(h.people[p].name);
          for (const s of x.sources) expect(told).toContain(sources[s].title);
        }
        const doorways = view(page).getByRole('button', { name: /^Go to / });
        expect(await doorways.allInnerTexts()).toEqual(h.exits[roomId].map((e) => `Go to ${h.rooms[e.to].name.en}`));
      }
    });
  });

  it('moves through the house by the Doorways buttons and the Rooms links, and the address follows', async () => {
    await visitWithoutWebGL('#/study', async ({ page }) => {
      await view(page).getByRole('button', { name: 'Go to Bedroom' }).click();
      await inRoom(page, 'bedroom', 'Bedroom');
      await view(page).getByRole('button', { name: 'Go to Study' }).click();
      await inRoom(page, 'study', 'Study');
      await page.getByRole('navigation', { name: 'Rooms' }).getByRole('link', { name: 'Kitchen' }).click();
      await inRoom(page, 'kitchen', 'Kitchen');
      // Back returns to the room before, as with the 3D view.
      await page.goBack();
      await inRoom(page, 'study', 'Study');
    });
  });

  it('an object’s address opens its caption over the text, with the object in view behind it', async () => {
    const x = house.exhibits['north-bookcase'].exhibit;
    await visitWithoutWebGL('#/study/north-bookcase', async ({ page }) => {
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await dialog.getByRole('heading', { level: 2 }).innerText()).toBe(x.name.en);
      await captionsArrived(dialog);
      expect(await dialog.innerText()).toContain(x.caption.en);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await page.waitForFunction(() => location.hash === '#/study');
      const entry = view(page).getByRole('article', { name: x.name.en });
      const [box, viewBox] = [await entry.boundingBox(), await view(page).boundingBox()];
      expect(box!.y).toBeGreaterThanOrEqual(viewBox!.y);
      expect(box!.y).toBeLessThan(viewBox!.y + viewBox!.height / 2);
    });
  });

  it('offers no VR, and says why', async () => {
    await visitWithoutWebGL('#/study', async ({ page }) => {
      const button = page.getByRole('button', { name: 'Enter VR' });
      expect(await button.isDisabled()).toBe(true);
      expect(await page.locator('#vr-reason').innerText()).toContain('3D view');
    });
  });

  it('?lang=es tells the tour in Spanish', async () => {
    await visitWithoutWebGL('?lang=es#/kitchen', async ({ page }) => {
      const kitchen = house.rooms.kitchen;
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      expect(await roomHeading(page).innerText()).toBe(kitchen.name.es);
      expect(await view(page).getAttribute('aria-label')).toBe(`Recorrido en texto: ${kitchen.name.es}`);
      await captionsArrived(view(page));
      const text = await view(page).innerText();
      expect(text).toContain('La vista 3D no puede iniciarse');
      for (const x of kitchen.exhibits) expect(text).toContain(x.caption.es);
      const next = house.rooms[house.exits.kitchen[0].to];
      await view(page).getByRole('button', { name: `Ir a ${next.name.es}` }).click();
      await inRoom(page, next.id, next.name.es);
    });
  });

  it('is accessible: axe-core finds no violations in the text tour, nor with a caption open', async () => {
    for (const address of ['#/study', '?lang=es#/bedroom', '#/kitchen/icebox']) {
      await visitWithoutWebGL(address, async ({ page }) => {
        if (address.includes('icebox')) await page.getByRole('dialog').waitFor();
        expect(await axeViolations(page), address).toEqual([]);
      });
    }
  });
});

describe('a guided tour without WebGL', () => {
  it('is read one stop at a time, with the same controls, addresses and announcements', async () => {
    const { tours } = await import('../../rooms');
    const tour = tours[0];
    await visitWithoutWebGL('#/garden', async ({ page }) => {
      await page.locator('.tours summary').click();
      await page.locator('.tour-list li', { hasText: tour.title.en }).getByRole('button').click();
      const player = view(page).locator('.tour-player');
      await player.waitFor();
      await page.waitForFunction((id) => location.hash === `#/tour/${id}/1`, tour.id);
      for (let n = 2; n <= 4; n++) {
        await player.getByRole('button', { name: 'Next stop' }).click();
        await page.waitForFunction(([id, k]) => location.hash === `#/tour/${id}/${k}`, [tour.id, n] as const);
        const stop = tour.stops[n - 1];
        expect(await player.locator('.tour-subtitle').innerText()).toBe(stop.narration.en);
        expect(await player.locator('[aria-live="polite"]').innerText()).toBe(`Stop ${n} of ${tour.stops.length}: ${stop.title.en}`);
        // The room of the stop is told below the player.
        await expect.poll(() => view(page).locator('#text-room-name').innerText()).toBe(house.rooms[stop.room].name.en);
      }
      await player.getByRole('button', { name: 'Leave the tour' }).click();
      await player.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => location.hash)).toBe(`#/${tour.stops[3].room}`);
    });
  });
});

describe('the eras without WebGL', () => {
  it('tells in text what was different in a room in the era chosen', async () => {
    await visitWithoutWebGL('#/kitchen', async ({ page }) => {
      await page.locator('.era-option', { hasText: 'The night of the raid' }).click();
      await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().era === '1940-05-24');
      await expect.poll(() => view(page).locator('.era-changes').innerText()).toMatch(/east window/i);
      expect(await page.evaluate(() => location.search)).toBe('?era=1940-05-24');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
