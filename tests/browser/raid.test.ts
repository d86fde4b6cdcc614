// The night of 24 May 1940, reconstructed where it happened: its figures, marks and lines of fire are hotspots with
// captions and sources in both languages, drawn only in that era; the raid's guided tour plays in the night, one
// door's lines at a time, and gives the visitor back their own era when they leave it.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eraHouses, house } from '../../rooms';
import { sources } from '../../rooms/sources';
import { hotspotPosition } from '../../src/scene/hotspotPosition';
import { disconnect, viewPixels, visit } from './tour';
import { screenPointOf } from './screen';
import type { PNG } from './png';

afterAll(disconnect);

const NIGHT = '1940-05-24';
const night = eraHouses[NIGHT];
/** The reconstruction: what the night's house has and neither the fortress's nor today's, room by room. */
const raidIn = (roomId: keyof typeof night.rooms) =>
  night.rooms[roomId].exhibits.filter((x) => !house.exhibits[x.id] && !eraHouses['1940-08'].exhibits[x.id]);

const dialog = (page: Page) => page.getByRole('dialog');
const era = (page: Page) => page.evaluate(() => (window as any).casaTrotsky.store.getState().era);

/** Pixels of the drawn lines of fire: a strong, unlit red (over twice its green and blue), redder than any wood by
 *  day (measured: 3422 such pixels in the night's view, 212 in the fortress's, from the same place). */
function fireRed(png: PNG): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (r > 110 && r > g * 2.2 && r > b * 2.2) n++;
  }
  return n;
}

describe('the raid reconstructed', () => {
  it('shows its figures and lines of fire in the bedroom that night only, each a hotspot with its caption and sources', async () => {
    await visit(`?era=${NIGHT}#/bedroom`, async ({ page }) => {
      await expect.poll(() => era(page), { timeout: 20_000 }).toBe(NIGHT);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().reducedMotion);
      const intro = page.getByRole('button', { name: 'Close the introduction' });
      if (await intro.isVisible()) await intro.click();
      const list = page.getByRole('list', { name: 'Objects in this room' });
      const raid = raidIn('bedroom');
      expect(raid.map((x) => x.id)).toContain('siqueiros-at-the-garden-door');
      for (const x of raid) {
        await list.getByRole('button', { name: x.name.en, exact: true }).click();
        const text = await dialog(page).innerText();
        expect(text).toContain(x.caption.en);
        expect(text).toContain('Reconstructed');
        for (const s of x.sources) expect(text).toContain(sources[s].title);
        await page.keyboard.press('Escape');
        await dialog(page).waitFor({ state: 'hidden' });
      }
      // The last one opened turned the visitor to it: its hotspot answers a click in the 3D view.
      const last = raid[raid.length - 1];
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.locator('main').focus();
      const point = await screenPointOf(page, hotspotPosition(last));
      expect(point, `the hotspot of ${last.id} is in view`).not.toBeNull();
      await page.mouse.click(point!.x, point!.y);
      expect(await dialog(page).getByRole('heading', { level: 2 }).innerText()).toBe(last.name.en);
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'hidden' });
      await page.waitForTimeout(300);
      const withLines = fireRed(await viewPixels(page));

      // In the fortress, from the same place: no figures, no lines.
      await page.locator('.era-option', { hasText: 'The fortress' }).click();
      await expect.poll(() => era(page)).toBe('1940-08');
      await expect.poll(() => list.getByRole('button', { name: raid[0].name.en, exact: true }).count()).toBe(0);
      await page.waitForTimeout(600);
      const without = fireRed(await viewPixels(page));
      expect(withLines, `red pixels by night ${withLines}, in the fortress ${without}`).toBeGreaterThan(Math.max(1000, without * 4));
    });
  });

  it('tells Sieva’s night in Spanish, with its source, in his room', async () => {
    await visit(`?lang=es&era=${NIGHT}#/grandsons-room/sieva-under-the-bed`, async ({ page }) => {
      const sieva = night.exhibits['sieva-under-the-bed'].exhibit;
      await dialog(page).waitFor({ timeout: 20_000 });
      expect(await dialog(page).getByRole('heading', { level: 2 }).innerText()).toBe(sieva.name.es);
      const text = await dialog(page).innerText();
      expect(text).toContain(sieva.caption.es);
      expect(text).toContain(sources[sieva.sources[0]].title);
      expect(text).toContain('Reconstruido');
    });
  });

  it('is the night the raid’s tour plays in, one door’s lines at a time, and leaving gives back the visitor’s era', async () => {
    await visit('#/tour/night-of-24-may-1940/5', async ({ page }) => {
      await expect.poll(() => era(page), { timeout: 20_000 }).toBe(NIGHT);
      const fire = () => page.evaluate(() => (window as any).casaTrotsky.store.getState().guided?.fire ?? null);
      expect(await fire()).toEqual(['siqueiros-at-the-garden-door']);
      expect(new URL(page.url()).searchParams.get('era')).toBe(NIGHT);
      await page.getByRole('button', { name: 'Next stop' }).click();
      await expect.poll(fire).toEqual(['pujol-at-the-study-door']);
      await page.getByRole('button', { name: 'Leave the tour' }).click();
      await expect.poll(() => era(page)).toBe('today');
      expect(new URL(page.url()).searchParams.get('era')).toBeNull();
    });
  });
});
