// The 3D view's WebGL context is lost (the GPU is reset, the browser reclaims it): the visitor is told, and once
// the context is back the same view is drawn again, where they stood, in their language.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { disconnect, openTour, viewPixels, waitForHouse, type TourPage } from './tour';
import type { PNG } from './png';

afterAll(disconnect);

const RECOVERING = 'La vista 3D se está recuperando…';

/** Where the visitor is, as the store keeps it. */
const place = (page: Page) =>
  page.evaluate(() => {
    const s = (window as any).casaTrotsky.store.getState();
    return { roomId: s.roomId, pose: s.pose, lang: s.lang };
  });

/** Loses the view's context as a GPU reset would; R3F's canvas already has a webgl2 context, so this is it. */
const loseContext = (page: Page) =>
  page.evaluate(() => {
    const ext = document.querySelector('canvas')!.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
    (window as any).loseContextForTest = ext;
    ext.loseContext();
  });

/** Waits until two pictures of the view in a row agree, i.e. drawing has settled. */
async function settledView(page: Page) {
  let last = await viewPixels(page);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const next = await viewPixels(page);
    if (next.distinctColours() > 40 && next.differenceFrom(last) < 0.001) return next;
    last = next;
  }
  return last;
}

// One visit for both cases: loading the house is most of a test's time on a software renderer.
let tour: TourPage;
let before: PNG;
let where: Awaited<ReturnType<typeof place>>;

beforeAll(async () => {
  tour = await openTour('?lang=es#/bedroom');
  await waitForHouse(tour.page);
  await tour.page.getByRole('button', { name: 'Cerrar la introducción' }).click();
  before = await settledView(tour.page);
  where = await place(tour.page);
});
afterAll(() => tour?.close());
// Neither Chromium nor three reports a lost context as an error (three logs it as a plain message): none is let
// through.
afterEach(() => expect(tour.errors).toEqual([]));

describe('a lost WebGL context', () => {
  it('says the view is recovering, and once restored draws the same room from the same place again', async () => {
    const { page } = tour;
    await loseContext(page);
    await page.getByText(RECOVERING).waitFor();
    // Said politely: announced by screen readers without taking focus.
    expect(await page.locator('[aria-live="polite"]', { hasText: RECOVERING }).count()).toBe(1);

    await page.evaluate(() => (window as any).loseContextForTest.restoreContext());
    await page.getByText(RECOVERING).waitFor({ state: 'detached' });
    const after = await settledView(page);
    // Walls, floor, the painted textures and the labels are all back: the picture is the one before the loss.
    expect(after.distinctColours()).toBeGreaterThan(40);
    expect(after.differenceFrom(before)).toBeLessThan(0.01);
    expect(await place(page)).toEqual(where);
    await expect.poll(() => page.locator('#room-name').innerText()).toBe('Dormitorio');
  });

  it('starts the view afresh when the browser never restores it, in the same room, pose and language', async () => {
    const { page } = tour;
    await loseContext(page);
    await page.getByText(RECOVERING).waitFor();
    // No restore: after a wait the tour builds a new view, with a new context.
    await page.getByText(RECOVERING).waitFor({ state: 'detached', timeout: 20_000 });
    const after = await settledView(page);
    expect(after.distinctColours()).toBeGreaterThan(40);
    expect(after.differenceFrom(before)).toBeLessThan(0.01);
    expect(await place(page)).toEqual(where);
    expect(where.lang).toBe('es');
  });
});
