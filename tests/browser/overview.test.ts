// The overview: the whole compound from above, roofs and ceilings cut away, each room named on the model; a room
// chosen from the list or clicked on the model flies the visitor into it. Also without motion, without WebGL, and
// with axe-core looking.
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { house } from '../../rooms';
import { EYE_HEIGHT_M } from '../../src/plan/constants';
import { disconnect, openTour, viewPixels, visit, waitForHouse } from './tour';
import { launchChromium } from './chromium';
import { axeViolations } from './axe';
import type { PNG } from './png';

afterAll(disconnect);

const DRAW_CALL_BUDGET = 150;

const hashIs = (page: Page, hash: string) => page.waitForFunction((h) => location.hash === h, hash, { timeout: 15_000 });
const storeState = (page: Page) =>
  page.evaluate(() => {
    const s = (window as any).casaTrotsky.store.getState();
    return { overview: s.overview as boolean, roomId: s.roomId as string, pose: s.pose as { xM: number; zM: number } };
  });
const panel = (page: Page) => page.getByRole('region', { name: 'The house from above' });

/** Waits until the view from above has settled with every room's name painted on the model. */
async function waitForOverview(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const scene = (window as any).casaTrotsky.view?.scene;
      const overview = scene?.getObjectByName('overview');
      const labels = scene?.getObjectByName('overview-labels');
      return overview?.userData.phase === 'open' && labels.visible && labels.children.every((l: any) => l.children.length === 1);
    },
    null,
    { timeout: 30_000 },
  );
}

/** Waits until the overview's scene has gone (the flight down has landed). */
const waitForLanding = (page: Page) =>
  page.waitForFunction(() => !(window as any).casaTrotsky.view?.scene.getObjectByName('overview'), null, { timeout: 15_000 });

/** The rooms named on the model: each label's room and text. */
const sceneLabels = (page: Page): Promise<{ roomId: string; text: string }[]> =>
  page.evaluate(() =>
    (window as any).casaTrotsky.view.scene
      .getObjectByName('overview-labels')
      .children.map((l: any) => ({ roomId: l.userData.roomId as string, text: l.userData.text as string })),
  );

/** Draw calls of one frame of the view as it stands. */
const drawCalls = (page: Page) =>
  page.evaluate(async () => {
    const { gl, invalidate } = (window as any).casaTrotsky.view;
    invalidate();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return gl.info.render.calls as number;
  });

/** Records the camera's height at every animation frame until stopped: a flight passes through heights between. */
const recordHeights = (page: Page) =>
  page.evaluate(() => {
    const w = window as any;
    w.__heights = [];
    w.__recording = true;
    const record = () => {
      const camera = w.casaTrotsky.view?.camera;
      if (camera) w.__heights.push(camera.position.y);
      if (w.__recording) requestAnimationFrame(record);
    };
    record();
  });
const recordedHeights = (page: Page): Promise<number[]> =>
  page.evaluate(() => {
    (window as any).__recording = false;
    return (window as any).__heights;
  });

/** Where a point of the floor appears on the page, seen by the view's camera. */
const screenPointOf = (page: Page, xM: number, zM: number) =>
  page.evaluate(
    ([x, z]) => {
      const camera = (window as any).casaTrotsky.view.camera;
      const p = camera.position.clone().set(x, 0, z).project(camera);
      const box = document.querySelector('canvas')!.getBoundingClientRect();
      return { x: box.left + ((p.x + 1) / 2) * box.width, y: box.top + ((1 - p.y) / 2) * box.height };
    },
    [xM, zM],
  );

/** The share of pixels that differ clearly between two pictures of the view. */
function changedShare(a: PNG, b: PNG): number {
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]);
    if (d > 60) changed++;
  }
  return changed / (a.data.length / 4);
}

describe('the overview', () => {
  it('opens from the guide: the address, the view from above, every room named; a room chosen from the list flies the visitor in', async () => {
    await visit('#/study', async ({ page }) => {
      await page.getByRole('button', { name: 'Close the introduction' }).click();
      const before = await viewPixels(page);
      await page.getByRole('button', { name: 'Overview', exact: true }).click();
      await hashIs(page, '#/overview');
      await waitForOverview(page);
      expect((await storeState(page)).overview).toBe(true);

      // The view is another picture: the house from above instead of the study's walls and ceiling.
      expect(changedShare(before, await viewPixels(page))).toBeGreaterThan(0.5);
      // Roofs and ceilings are hidden meshes of the same house, not another model.
      const cut = await page.evaluate(() =>
        (window as any).casaTrotsky.view.scene
          .getObjectByName('house')
          .children.filter((m: any) => !m.visible)
          .map((m: any) => m.name as string),
      );
      expect(cut).toContain('roof');
      expect(cut).toContain('ceiling-wood-beams');

      // Every room is named on the model and listed in the panel, whose heading has the focus.
      const names = house.order.map((id) => house.rooms[id].name.en);
      expect((await sceneLabels(page)).map((l) => l.text).sort()).toEqual([...names].sort());
      expect(await panel(page).getByRole('button').allInnerTexts()).toEqual(names.map((n) => `Fly into ${n}`));
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('overview-heading');
      expect(await page.getByRole('button', { name: 'Back to walking' }).isVisible()).toBe(true);

      const calls = await drawCalls(page);
      console.log(`overview draw calls, whole compound in view: ${calls}`);
      expect(calls).toBeLessThanOrEqual(DRAW_CALL_BUDGET);

      // By keyboard: the bedroom's button, then Enter. The camera flies down, through heights in between.
      await recordHeights(page);
      await panel(page).getByRole('button', { name: 'Fly into Bedroom' }).focus();
      await page.keyboard.press('Enter');
      await hashIs(page, '#/bedroom');
      await waitForLanding(page);
      const heights = await recordedHeights(page);
      expect(heights.some((y) => y > EYE_HEIGHT_M + 2 && y < heights[0] - 2), `heights ${heights.map(Math.round)}`).toBe(true);
      const state = await storeState(page);
      expect(state).toMatchObject({ overview: false, roomId: 'bedroom' });
      expect([state.pose.xM, state.pose.zM]).toEqual([house.entrances.bedroom.xM, house.entrances.bedroom.zM]);
      // Back at the visitor's eyes, roofs on; the focus back on the button that opened the overview.
      await expect.poll(() => page.evaluate(() => (window as any).casaTrotsky.view.camera.position.y)).toBeCloseTo(EYE_HEIGHT_M, 5);
      expect(await page.evaluate(() => (window as any).casaTrotsky.view.scene.getObjectByName('roof').visible)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Overview');
    });
  });

  it('opens at #/overview and flies into a room clicked on the model', async () => {
    await visit('#/overview', async ({ page }) => {
      await waitForOverview(page);
      expect(await panel(page).isVisible()).toBe(true);
      const office = house.rooms.office.footprint;
      const point = await screenPointOf(page, office.xM + office.widthM / 2, office.zM + office.depthM / 2);
      await page.mouse.move(point.x, point.y);
      // The room under the pointer is tinted, and the pointer says it can be clicked.
      await expect
        .poll(() =>
          page.evaluate(() => [(window as any).casaTrotsky.view.scene.getObjectByName('overview-hover').visible, document.body.style.cursor]),
        )
        .toEqual([true, 'pointer']);
      await page.mouse.click(point.x, point.y);
      await hashIs(page, '#/office');
      await waitForLanding(page);
      expect(await storeState(page)).toMatchObject({ overview: false, roomId: 'office' });
      expect(await page.evaluate(() => document.body.style.cursor)).toBe('');
    });
  });

  it('cuts instead of flying under reduced motion, and Escape closes it where the visitor stood', async () => {
    const tour = await openTour('#/kitchen');
    try {
      await tour.page.emulateMedia({ reducedMotion: 'reduce' });
      const { page } = tour;
      await waitForHouse(page);
      await recordHeights(page);
      await page.getByRole('button', { name: 'Overview', exact: true }).click();
      await waitForOverview(page);
      const up = await recordedHeights(page);
      // Seen first from above: no frame between the eyes and there.
      expect(up[0]).toBeGreaterThan(20);
      expect(up.every((y) => Math.abs(y - up[0]) < 1e-6)).toBe(true);

      await recordHeights(page);
      await page.keyboard.press('Escape');
      await hashIs(page, '#/kitchen');
      await waitForLanding(page);
      const down = await recordedHeights(page);
      expect(down.every((y) => Math.abs(y - up[0]) < 1e-6 || Math.abs(y - EYE_HEIGHT_M) < 1e-6), `heights ${down}`).toBe(true);
      expect(await storeState(page)).toMatchObject({ overview: false, roomId: 'kitchen' });
      expect(tour.errors).toEqual([]);
    } finally {
      await tour.close();
    }
  });

  it('finds no accessibility violations with the overview open, in English and in Spanish', async () => {
    for (const address of ['#/overview', '?lang=es#/overview']) {
      await visit(address, async ({ page }) => {
        await waitForOverview(page);
        expect(await axeViolations(page), address).toEqual([]);
      });
    }
  });

  it('works in the text tour: the list flies into the room in text', async () => {
    const browser = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    try {
      const page = await (await browser.newContext({ viewport: { width: 960, height: 600 } })).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(inject('baseUrl') + '#/garden');
      await page.locator('.text-tour').waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Overview', exact: true }).click();
      await hashIs(page, '#/overview');
      await panel(page).getByRole('button', { name: 'Fly into Dining room' }).click();
      await hashIs(page, '#/dining-room');
      await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 2 }).innerText()).toBe('Dining room');
      expect(await panel(page).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
