// The guided tours as a visitor meets them: started from the guide or from an address, moved through with the
// player's buttons and keys, narrated in the tour's language (a test voice stands in for the browser's), leaving
// the visitor where they stand.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tours } from '../../rooms';
import { disconnect, viewPixels, visit, type TourPage } from './tour';
import { installFakeSpeech, allUtterances, spokenWords } from './fakeSpeech';
import { axeViolations } from './axe';
import { readingTimeMs } from '../../src/tour/narration';

afterAll(disconnect);

const state = (page: Page) =>
  page.evaluate(() => {
    const s = (window as any).casaTrotsky.store.getState();
    return { roomId: s.roomId, guided: s.guided, travel: !!s.travel, pose: s.pose, overview: s.overview };
  });

const player = (page: Page) => page.locator('.tour-player');
const position = (page: Page) => page.locator('.tour-position').innerText();

async function startFromGuide(page: Page, title: string) {
  if (!(await page.locator('details.tours').evaluate((d: HTMLDetailsElement) => d.open))) await page.locator('.tours summary').click();
  const item = page.locator('.tour-list li', { hasText: title });
  await item.getByRole('button').click();
  await player(page).waitFor();
}

/** Waits until the glide (if any) has ended. */
const arrived = (page: Page) => page.waitForFunction(() => !(window as any).casaTrotsky.store.getState().travel);

/** Share of pixels that differ clearly between two pictures of the view. */
function changedShare(a: Awaited<ReturnType<typeof viewPixels>>, b: Awaited<ReturnType<typeof viewPixels>>) {
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4)
    if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 30) changed++;
  return changed / (a.data.length / 4);
}

/** A visit, with the test voice installed first when asked for. */
const withTour = (hash: string, act: (t: TourPage) => Promise<void>, options: { speech?: 'voices' | 'none' } = {}) =>
  visit(hash, act, options.speech ? (context) => installFakeSpeech(context, { voices: options.speech === 'voices' }) : undefined);

describe('starting a guided tour', () => {
  it('from the guide: every tour opens at its first stop, and the address follows', async () => {
    await withTour('', async ({ page }) => {
      for (const tour of tours) {
        await startFromGuide(page, tour.title.en);
        expect(await position(page)).toBe(`Stop 1 of ${tour.stops.length}`);
        await page.waitForFunction((id) => location.hash === `#/tour/${id}/1`, tour.id);
        await arrived(page);
        expect((await state(page)).roomId).toBe(tour.stops[0].room);
        await page.getByRole('button', { name: 'Leave the tour' }).click();
        await player(page).waitFor({ state: 'detached' });
      }
    });
  });

  it('from its address: the stop opens, paused, in its room', async () => {
    const tour = tours[1];
    await withTour(`#/tour/${tour.id}/4`, async ({ page }) => {
      await player(page).waitFor();
      expect(await position(page)).toBe(`Stop 4 of ${tour.stops.length}`);
      await expect.poll(async () => (await state(page)).roomId).toBe(tour.stops[3].room);
      expect((await state(page)).guided.playing).toBe(false);
      await expect(page.getByRole('button', { name: 'Play' }).isVisible()).resolves.toBe(true);
      expect(await page.locator('#tour-stop-title').innerText()).toBe(tour.stops[3].title.en);
    });
  });
});

describe('moving through a tour', () => {
  it('next and previous move the camera to each stop’s room, and the subtitle and address follow', async () => {
    const tour = tours[0];
    await withTour(`#/tour/${tour.id}/2`, async ({ page }) => {
      await player(page).waitFor();
      await arrived(page);
      for (let n = 3; n <= 3; n++) {
        const before = await viewPixels(page);
        await page.getByRole('button', { name: 'Next stop' }).click();
        await arrived(page);
        await page.waitForTimeout(300);
        expect(changedShare(before, await viewPixels(page)), `stop ${n}`).toBeGreaterThan(0.05);
        expect((await state(page)).roomId).toBe(tour.stops[n - 1].room);
        expect(await position(page)).toBe(`Stop ${n} of ${tour.stops.length}`);
        expect(await page.locator('.tour-subtitle').innerText()).toBe(tour.stops[n - 1].narration.en);
        expect(await page.evaluate(() => location.hash)).toBe(`#/tour/${tour.id}/${n}`);
      }
      await page.getByRole('button', { name: 'Previous stop' }).click();
      await arrived(page);
      expect(await position(page)).toBe(`Stop 2 of ${tour.stops.length}`);
      expect(await page.evaluate(() => location.hash)).toBe(`#/tour/${tour.id}/2`);
    });
  });

  it('leaving keeps the visitor where they stand, with the room’s address', async () => {
    const tour = tours[0];
    await withTour(`#/tour/${tour.id}/6`, async ({ page }) => {
      await player(page).waitFor();
      await arrived(page);
      const before = (await state(page)).pose;
      await page.getByRole('button', { name: 'Leave the tour' }).click();
      await player(page).waitFor({ state: 'detached' });
      const after = await state(page);
      expect(after.guided).toBeNull();
      expect(after.pose).toEqual(before);
      expect(await page.evaluate(() => location.hash)).toBe(`#/${after.roomId}`);
      // Walking freely again: the arrow keys turn the visitor (W might face a wall here).
      await page.locator('main').focus();
      await page.keyboard.down('ArrowLeft');
      await page.waitForTimeout(400);
      await page.keyboard.up('ArrowLeft');
      expect((await state(page)).pose.headingDeg).not.toBe(before.headingDeg);
      expect(await player(page).count()).toBe(0);
    });
  });

  it('takes its keys: N, P, Space; walking away pauses, and R returns to the stop', async () => {
    const tour = tours[0];
    await withTour(`#/tour/${tour.id}/2`, async ({ page }) => {
      await player(page).waitFor();
      await arrived(page);
      await page.locator('main').focus();
      await page.keyboard.press('n');
      await arrived(page);
      expect(await position(page)).toBe(`Stop 3 of ${tour.stops.length}`);
      await page.keyboard.press('p');
      await arrived(page);
      expect(await position(page)).toBe(`Stop 2 of ${tour.stops.length}`);
      await page.keyboard.press(' ');
      expect((await state(page)).guided.playing).toBe(true);
      await page.keyboard.press(' ');
      expect((await state(page)).guided.playing).toBe(false);
      await page.keyboard.press(' ');
      // Walk away: the tour waits, and offers the way back.
      await page.keyboard.down('s');
      await page.waitForTimeout(900);
      await page.keyboard.up('s');
      await page.getByRole('button', { name: 'Return to the stop' }).waitFor();
      expect((await state(page)).guided.playing).toBe(false);
      await page.keyboard.press('r');
      await arrived(page);
      const back = await state(page);
      expect(back.guided.playing).toBe(true);
      expect(Math.hypot(back.pose.xM - back.guided.stopPose.xM, back.pose.zM - back.guided.stopPose.zM)).toBeLessThan(0.05);
    });
  });

  it('cuts from stop to stop under reduced motion', async () => {
    const tour = tours[0];
    await withTour(`#/tour/${tour.id}/3`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().reducedMotion);
      await player(page).waitFor();
      await arrived(page);
      await page.getByRole('button', { name: 'Next stop' }).click();
      const s = await state(page);
      expect(s.travel).toBe(false);
      expect(s.roomId).toBe(tour.stops[3].room);
    });
  });
});

describe('narration', () => {
  it('speaks in the tour’s language only after the visitor’s press, and advances when the voice ends', async () => {
    const tour = tours[0];
    await withTour(
      `#/tour/${tour.id}/2`,
      async ({ page }) => {
        await player(page).waitFor();
        await arrived(page);
        await page.waitForTimeout(1500);
        expect(await allUtterances(page)).toEqual([]);
        await page.getByRole('button', { name: 'Play' }).click();
        // The first utterance, the empty one that lets iOS speak, came inside the click.
        await expect.poll(async () => (await allUtterances(page))[0]?.gesture).toBe(true);
        await expect.poll(async () => (await spokenWords(page)).length).toBeGreaterThan(0);
        expect((await spokenWords(page)).every((s) => s.lang.startsWith('en'))).toBe(true);
        expect(tour.stops[1].narration.en.startsWith((await spokenWords(page))[0].text)).toBe(true);
        // The test voice speaks each sentence in a few milliseconds: the tour goes on by itself.
        await expect.poll(() => position(page), { timeout: 20_000 }).toBe(`Stop 3 of ${tour.stops.length}`);
        // Spanish mid-tour: the same stop, told again in Spanish.
        await page.getByRole('button', { name: 'Español' }).click();
        await expect.poll(async () => (await spokenWords(page)).some((s) => s.lang.startsWith('es')), { timeout: 10_000 }).toBe(true);
        expect(await page.locator('.tour-subtitle').innerText()).toMatch(/\S/);
      },
      { speech: 'voices' },
    );
  });

  it('stays silent when muted, and the choice is remembered', async () => {
    const tour = tours[0];
    await withTour(
      `#/tour/${tour.id}/2`,
      async ({ page }) => {
        await player(page).waitFor();
        await page.getByRole('button', { name: 'Mute the narration' }).click();
        await page.getByRole('button', { name: 'Play' }).click();
        await page.waitForTimeout(1500);
        expect(await spokenWords(page)).toEqual([]);
        await page.reload();
        await player(page).waitFor();
        expect(await page.getByRole('button', { name: 'Mute the narration' }).getAttribute('aria-pressed')).toBe('true');
      },
      { speech: 'voices' },
    );
  });

  it('runs on subtitles where the browser has no voice, says so once, and still advances', async () => {
    const tour = tours[0];
    await withTour(
      `#/tour/${tour.id}/2`,
      async ({ page }) => {
        await player(page).waitFor();
        await arrived(page);
        await page.clock.install();
        await page.getByRole('button', { name: 'Play' }).click();
        await page.clock.runFor(3_000);
        await page.locator('.tour-status', { hasText: 'no voice' }).waitFor();
        // Shown for its reading time (from the text's length), then on to the next stop.
        await page.clock.runFor(readingTimeMs(tour.stops[1].narration.en, 'en') + 1_000);
        await expect.poll(() => position(page)).toBe(`Stop 3 of ${tour.stops.length}`);
      },
      { speech: 'none' },
    );
  });
});

describe('the player for everyone', () => {
  it('announces each stop politely, and axe finds no violations with it open, in both languages', async () => {
    for (const address of [`#/tour/${tours[0].id}/3`, `?lang=es#/tour/${tours[2].id}/2`]) {
      await withTour(address, async ({ page }) => {
        await player(page).waitFor();
        const live = page.locator('.tour-player [aria-live="polite"]');
        expect(await live.innerText()).toMatch(/^(Stop|Parada) \d+ (of|de) \d+: /);
        expect(await axeViolations(page), address).toEqual([]);
      });
    }
  });
});
