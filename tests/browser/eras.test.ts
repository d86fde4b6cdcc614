// The house through time, as a visitor changes it: the time control swaps the house in place (the visitor stays
// where they stand), the address carries the era, and Back returns to the one before.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { disconnect, viewPixels, visit } from './tour';
import { screenPointOf, turnUntilInView } from './screen';
import { axeViolations } from './axe';
import type { PNG } from './png';

afterAll(disconnect);

const store = (page: Page) =>
  page.evaluate(() => {
    const s = (window as any).casaTrotsky.store.getState();
    return { era: s.era, pose: s.pose, roomId: s.roomId, notice: s.notice };
  });

async function chooseEra(page: Page, name: string, id: string) {
  await page.locator('.era-option', { hasText: name }).click();
  await page.waitForFunction((era) => (window as any).casaTrotsky.store.getState().era === era, id);
  // The new house's meshes are swapped in on the next render; give it a few frames.
  await page.waitForTimeout(600);
}

/** Mean absolute colour difference over a square of the view around a screen point. */
function patchDifference(a: PNG, b: PNG, at: { x: number; y: number }, box: { x: number; y: number }, half = 18) {
  let sum = 0;
  let n = 0;
  const cx = Math.round(at.x - box.x);
  const cy = Math.round(at.y - box.y);
  for (let y = cy - half; y <= cy + half; y++)
    for (let x = cx - half; x <= cx + half; x++) {
      const i = (y * a.width + x) * 4;
      sum += Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]);
      n++;
    }
  return sum / n / 3;
}

describe('the house through time', () => {
  it('changes the kitchen’s east window between moving in and the fortress, the visitor staying put', async () => {
    await visit('#/kitchen', async ({ page }) => {
      const win = await page.evaluate(() => {
        const k = (window as any).casaTrotsky.store.getState().house.rooms.kitchen;
        const w = k.windows.find((x: any) => x.id === 'east-window');
        return [k.footprint.xM + k.footprint.widthM - 0.15, w.sillM + w.heightM / 2, k.footprint.zM + w.alongM] as [number, number, number];
      });
      expect(await turnUntilInView(page, win)).not.toBeNull();
      // Both by day, so that only the window differs.
      await chooseEra(page, 'Moving in', '1939-05');
      const before = await store(page);
      const barred = await viewPixels(page);
      await chooseEra(page, 'The fortress', '1940-08');
      const fortress = await viewPixels(page);
      const after = await store(page);
      expect(after.pose).toEqual(before.pose);
      const box = (await page.locator('canvas').boundingBox())!;
      const at = (await screenPointOf(page, win))!;
      expect(patchDifference(barred, fortress, at, box)).toBeGreaterThan(12);
      expect(await page.evaluate(() => location.search)).toBe('?era=1940-08');
      await expect.poll(() => page.locator('.era-changes').count()).toBe(0);
      // Back returns to moving in, whose change is told in the room's note.
      await page.goBack();
      await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().era === '1939-05');
      await expect.poll(() => page.locator('.era-changes').innerText()).toMatch(/east window/i);
    });
  });

  it('is night on 24 May 1940, before dawn: the same view far darker than by day', async () => {
    await visit('#/bedroom', async ({ page }) => {
      const mean = (png: PNG) => {
        let sum = 0;
        for (let i = 0; i < png.data.length; i += 4) sum += png.data[i] + png.data[i + 1] + png.data[i + 2];
        return sum / (png.data.length / 4) / 3;
      };
      // The room's introduction card lies over the view, as bright by night as by day: out of the way first.
      await page.getByRole('button', { name: 'Close the introduction' }).click();
      const day = mean(await viewPixels(page));
      // The new era's house, light and shade (baked again for that house) take a few frames: polled.
      const view = async () => mean(await viewPixels(page));
      await chooseEra(page, 'The night of the raid', '1940-05-24');
      await expect.poll(view, { timeout: 10_000 }).toBeLessThan(day * 0.6);
      await chooseEra(page, 'The museum', 'today');
      await expect.poll(view, { timeout: 10_000 }).toBeGreaterThan(day * 0.9);
    });
  });

  it('raises the watchtowers only from the fortress on', async () => {
    await visit('?era=1939-05#/garden', async ({ page }) => {
      await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().era === '1939-05');
      const towers = async () =>
        page.evaluate(() => (window as any).casaTrotsky.store.getState().house.outdoor.grounds.watchtowers.length);
      expect(await towers()).toBe(0);
      await chooseEra(page, 'The fortress', '1940-08');
      expect(await towers()).toBeGreaterThan(0);
      const tower = await page.evaluate(() => {
        const t = (window as any).casaTrotsky.store.getState().house.outdoor.grounds.watchtowers[0];
        return [t.xM, 5.4, t.zM] as [number, number, number];
      });
      expect(await turnUntilInView(page, tower)).not.toBeNull();
      const withTowers = await viewPixels(page);
      await chooseEra(page, 'Moving in', '1939-05');
      const without = await viewPixels(page);
      const box = (await page.locator('canvas').boundingBox())!;
      expect(patchDifference(withTowers, without, (await screenPointOf(page, tower))!, box, 10)).toBeGreaterThan(8);
    });
  });

  it('opens the era an address names, and says so politely for an era it does not know', async () => {
    await visit('?era=1940-08#/office', async ({ page }) => {
      await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().era === '1940-08');
      expect(await page.locator('.era-option input[value="1940-08"]').isChecked()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
    await visit('?era=1850#/office', async ({ page }) => {
      await page.locator('.notice p').waitFor();
      expect(await page.locator('.notice p').innerText()).toContain('1850');
      const s = await store(page);
      expect(s.era).toBe('today');
      expect(s.roomId).toBe('office');
    });
  });

  it('takes the visitor out into the garden from a room the era has not built yet', async () => {
    await visit('#/guards-house', async ({ page }) => {
      await chooseEra(page, 'Moving in', '1939-05');
      await expect.poll(() => page.locator('#room-name').innerText()).toBe('Garden');
      expect((await store(page)).roomId).toBe('garden');
    });
  });

  it('is chosen by keyboard, and the choice is announced', async () => {
    await visit('?lang=es#/garden', async ({ page }) => {
      await page.locator('.era-option input[value="today"]').focus();
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().era === '1940-08');
      await expect.poll(() => page.locator('.era-description').innerText()).toMatch(/^La fortaleza/);
      expect(await page.locator('.era-description').getAttribute('aria-live')).toBe('polite');
    });
  });
});
