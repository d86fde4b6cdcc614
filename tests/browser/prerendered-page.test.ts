// The built page carries the guide's first screen as HTML (src/prerender.tsx), so it paints before any script has
// run, and the script takes that markup over (hydrates it) instead of drawing the page again.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { house } from '../../rooms';
import { connect, currentRoomName, disconnect, openTour, visit, waitForHouse } from './tour';

afterAll(disconnect);

const garden = house.rooms[house.outdoor.id];

/** Text as React writes it into HTML. */
const asHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/** What is inside <div id="root"> of the served page, as the server sends it. */
async function servedRoot(): Promise<{ html: string; root: string }> {
  const html = await (await fetch(inject('baseUrl'))).text();
  const start = html.search(/<div id="root"[^>]*>/);
  const end = html.indexOf('<noscript>');
  expect(start, 'the page has its root').toBeGreaterThan(-1);
  return { html, root: html.slice(start, end) };
}

describe('the page before any script has run', () => {
  it('already holds the guide to the garden: the site title, the room, its introduction and its objects', async () => {
    const { root } = await servedRoot();
    expect(root).toMatch(/<h1>Casa Trotsky/);
    expect(root).toContain(`<h2 id="room-name" aria-live="polite">${asHtml(garden.name.en)}</h2>`);
    expect(root).toContain(asHtml(garden.intro.en));
    for (const x of garden.exhibits) expect(root, x.id).toContain(asHtml(x.name.en));
    for (const id of house.order) expect(root, id).toContain(asHtml(house.rooms[id].name.en));
  });

  it('has no style attribute, which the Content-Security-Policy would refuse', async () => {
    const { html } = await servedRoot();
    expect(html.match(/<[^>]*\sstyle=[^>]*>/g)).toBeNull();
  });
});

describe('with JavaScript turned off', () => {
  it('shows the garden’s guide as readable text, with a note on what needs JavaScript, and no endless loading screen', async () => {
    const context = await (await connect()).newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(inject('baseUrl'));
      expect(await page.locator('#room-name').isVisible()).toBe(true);
      expect(await currentRoomName(page)).toBe(garden.name.en);
      expect(await page.locator('.room-intro').innerText()).toBe(garden.intro.en);
      const objects = page.getByRole('list', { name: 'Objects in this room' }).getByRole('listitem');
      expect(await objects.allInnerTexts()).toEqual(garden.exhibits.map((x) => x.name.en));
      for (const item of await objects.all()) expect(await item.isVisible()).toBe(true);
      expect(await page.locator('.loading').isVisible()).toBe(false);
      const note = page.locator('noscript p').first();
      expect(await note.isVisible()).toBe(true);
      expect(await note.innerText()).toMatch(/^Without JavaScript this page is only the guide to the garden/);
      // Controls that would do nothing are not offered.
      expect(await page.getByRole('button', { name: 'Español' }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Enter VR' }).isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe('when the script starts', () => {
  it('keeps the guide that painted from the HTML (the same elements, not a redraw)', async () => {
    // Keeps hold of the first room heading the page shows, noting whether it came before the tour's script ran
    // (which sets window.casaTrotsky first thing).
    const tour = await openTour('', undefined, async (context) => {
      await context.addInitScript(() => {
        const observer = new MutationObserver(() => {
          const heading = document.getElementById('room-name');
          if (!heading) return;
          Object.assign(window, { firstHeading: heading, headingBeforeScript: !('casaTrotsky' in window) });
          observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true });
      });
    });
    try {
      await waitForHouse(tour.page);
      const kept = await tour.page.evaluate(() => {
        const { firstHeading, headingBeforeScript } = window as unknown as { firstHeading?: Element; headingBeforeScript?: boolean };
        return { fromHtml: headingBeforeScript, same: firstHeading === document.getElementById('room-name') };
      });
      expect(kept).toEqual({ fromHtml: true, same: true });
      expect(tour.errors).toEqual([]);
    } finally {
      await tour.close();
    }
  });

  it('goes to the room and language the address asks for, with no error', async () => {
    await visit('?lang=es#/study', async ({ page }) => {
      await expect.poll(() => currentRoomName(page)).toBe(house.rooms.study.name.es);
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      expect(await page.locator('.site-header h1 span').innerText()).toBe('un recorrido virtual por la casa de Coyoacán');
    });
  });

  it('never shows the garden’s English guide to a visit that asks for another room in Spanish', async () => {
    // Notes, on every animation frame from the first, the room heading as the visitor could see it.
    const tour = await openTour('?lang=es#/study', undefined, async (context) => {
      await context.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { headingsSeen: seen });
        const look = () => {
          const heading = document.getElementById('room-name');
          const shown = heading && getComputedStyle(heading).visibility === 'visible' ? (heading.textContent ?? '') : null;
          if (shown !== null && seen[seen.length - 1] !== shown) seen.push(shown);
          requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
    });
    try {
      await waitForHouse(tour.page);
      const seen = await tour.page.evaluate(() => (window as unknown as { headingsSeen: string[] }).headingsSeen);
      expect(seen).toEqual([house.rooms.study.name.es]);
      expect(tour.errors).toEqual([]);
    } finally {
      await tour.close();
    }
  });

  it('in a browser with no WebGL 2 at all, turns the first screen into the text tour of the room asked for, with no error', async () => {
    const tour = await openTour('#/kitchen', undefined, async (context) => {
      await context.addInitScript(() => Reflect.deleteProperty(window, 'WebGL2RenderingContext'));
    });
    try {
      const { page } = tour;
      await page.locator('.text-tour').waitFor({ timeout: 30_000 });
      const kitchen = house.rooms.kitchen.name.en;
      await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 2 }).innerText()).toBe(kitchen);
      expect(await page.getByRole('main').getAttribute('aria-label')).toBe(`Text tour: ${kitchen}`);
      expect(await page.locator('.loading').count()).toBe(0);
      expect(tour.errors).toEqual([]);
    } finally {
      await tour.close();
    }
  });
});
