import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';
import { guidedState, pointAndSelect, pressButton, tourState, waitForControllers, worldPositionOf, xrFrames } from './headset';

// The guided tour in the emulated headset (IWER; Chromium's own WebXR switched off, as in vr.test.ts). One visit, in
// order: a tour opened at its second stop, into VR, its panel standing beside the stop, the panel's plates and the
// controllers' buttons moving it on and back, a caption beside it, and out of VR at the same stop.
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

const TOUR = 'house-in-ten-minutes';
const EYE_LEVEL_M = 1.3;

beforeAll(async () => {
  browser = await launchChromium(['--disable-features=WebXR']);
  context = await browser.newContext({ viewport: { width: 960, height: 600 } });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}#/tour/${TOUR}/2`);
  await page.locator('.loading').waitFor({ state: 'detached', timeout: 30_000 });
  await page.locator('.tour-player').waitFor({ timeout: 30_000 });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const hash = () => new URL(page.url()).hash;
const distance = (a: { xM: number; zM: number }, b: readonly number[]) => Math.hypot(a.xM - b[0], a.zM - b[2]);

/** The pose is the stop's: the visitor was cut (blinked) to where the stop has them stand. */
async function expectAtStop(stop: number) {
  await page.waitForFunction((n) => (window as any).casaTrotsky.store.getState().guided?.stop === n, stop, { timeout: 30_000 });
  await page.waitForFunction((h) => location.hash === h, `#/tour/${TOUR}/${stop + 1}`);
  const guided = (await guidedState(page))!;
  const { pose } = await tourState(page);
  expect(pose.xM).toBeCloseTo(guided.stopPose.xM, 2);
  expect(pose.zM).toBeCloseTo(guided.stopPose.zM, 2);
  expect(pose.headingDeg).toBeCloseTo(guided.stopPose.headingDeg, 1);
  return guided;
}

/** The tour's panel stands beside the stop, at reading distance from where the stop has the visitor stand. */
async function expectPanelBesideStop() {
  await xrFrames(page, 3);
  const guided = (await guidedState(page))!;
  const panel = await worldPositionOf(page, 'tour-panel');
  const d = distance(guided.stopPose, panel);
  expect(d).toBeGreaterThanOrEqual(1.19);
  expect(d).toBeLessThanOrEqual(1.6);
  expect(panel[1]).toBeGreaterThan(1.2);
  expect(panel[1]).toBeLessThan(1.8);
  return panel;
}

/** The span of the view a panel and its plates fill, seen from the head: bearings in degrees, relative to straight
 *  ahead of the stop. */
async function bearingsFromHead(name: string): Promise<{ fromDeg: number; toDeg: number }> {
  const { stopPose } = (await guidedState(page))!;
  const bearings = await page.evaluate((n) => {
    const { origin, emulator } = (window as any).casaTrotsky.xrStore.getState();
    const head = origin.localToWorld(emulator.devui.inputLayer.cameraRig.getWorldPosition(origin.position.clone()));
    const corner = origin.position.clone();
    const out: number[] = [];
    origin.parent.getObjectByName(n).traverse((mesh: any) => {
      if (!mesh.isMesh) return;
      for (const [x, y] of [[-0.5, -0.5], [0.5, -0.5], [-0.5, 0.5], [0.5, 0.5]]) {
        mesh.localToWorld(corner.set(x, y, 0));
        out.push((Math.atan2(corner.x - head.x, -(corner.z - head.z)) * 180) / Math.PI);
      }
    });
    return out;
  }, name);
  const relative = bearings.map((b) => ((((b - stopPose.headingDeg + 180) % 360) + 360) % 360) - 180);
  return { fromDeg: Math.min(...relative), toDeg: Math.max(...relative) };
}

describe('the guided tour in the emulated headset', () => {
  it('enters VR with a tour opened from its address, paused at its second stop', async () => {
    expect(await guidedState(page)).toMatchObject({ tourId: TOUR, stop: 1, playing: false });
    await page.getByRole('button', { name: 'Enter VR' }).click();
    await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().vr === 'presenting', null, { timeout: 30_000 });
    await waitForControllers(page);
    await expectAtStop(1);
  });

  it('shows the tour as a panel standing beside the stop, turned towards its standing point', async () => {
    const panel = await expectPanelBesideStop();
    const facing = await page.evaluate(() => {
      const { origin } = (window as any).casaTrotsky.xrStore.getState();
      const group = origin.parent.getObjectByName('tour-panel');
      // The panel's face (+z) in the house's frame.
      return origin.position.clone().set(0, 0, 1).applyQuaternion(group.getWorldQuaternion(group.quaternion.clone())).toArray();
    });
    const guided = (await guidedState(page))!;
    const towards = [guided.stopPose.xM - panel[0], guided.stopPose.zM - panel[2]];
    const cos = (facing[0] * towards[0] + facing[2] * towards[1]) / Math.hypot(towards[0], towards[1]);
    expect(cos).toBeGreaterThan(0.99);
    // Play and next, no previous at the second stop? There is one: the first stop is before it.
    for (const name of ['tour-panel-previous', 'tour-panel-play', 'tour-panel-next', 'tour-panel-leave'])
      expect(await page.evaluate((n) => !!(window as any).casaTrotsky.xrStore.getState().origin.parent.getObjectByName(n), name)).toBe(true);
  });

  it('the left controller’s X plays and pauses the tour', async () => {
    await pressButton(page, 'left', 'x-button');
    expect(await guidedState(page)).toMatchObject({ stop: 1, playing: true });
    await pressButton(page, 'left', 'x-button');
    expect(await guidedState(page)).toMatchObject({ stop: 1, playing: false });
  });

  it('the panel’s Next plate goes to the next stop, its panel placed anew', async () => {
    const before = await worldPositionOf(page, 'tour-panel');
    await pointAndSelect(page, await worldPositionOf(page, 'tour-panel-next'), EYE_LEVEL_M);
    await expectAtStop(2);
    expect(hash()).toBe(`#/tour/${TOUR}/3`);
    const after = await expectPanelBesideStop();
    expect(Math.hypot(after[0] - before[0], after[2] - before[2])).toBeGreaterThan(0.1);
  });

  it('the right controller’s A goes on to the next stop, B back', async () => {
    await pressButton(page, 'right', 'a-button');
    await expectAtStop(3);
    await expectPanelBesideStop();
    await pressButton(page, 'right', 'b-button');
    await expectAtStop(2);
  });

  it('a caption opened at the stop stands beside the tour’s panel, not over it', async () => {
    const { exhibit } = await page.evaluate(() => (window as any).casaTrotsky.store.getState().guided);
    await page.evaluate((id) => (window as any).casaTrotsky.store.getState().openExhibit(id), exhibit);
    await page.waitForFunction(() => !!(window as any).casaTrotsky.xrStore.getState().origin.parent.getObjectByName('caption-panel'), null, { timeout: 30_000 });
    await xrFrames(page, 2);
    const tourPanel = await bearingsFromHead('tour-panel');
    const caption = await bearingsFromHead('caption-panel');
    // The two spans of the view, left to right, share no degree.
    expect(tourPanel.fromDeg > caption.toDeg || caption.fromDeg > tourPanel.toDeg).toBe(true);
    await page.evaluate(() => (window as any).casaTrotsky.store.getState().closeExhibit());
    expect(await guidedState(page)).toMatchObject({ stop: 2 });
  });

  it('leaving VR keeps the tour at its stop, and the page’s player shows again', async () => {
    const exit = page.getByRole('button', { name: 'Exit VR' });
    await exit.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().vr === 'ready');
    expect(await guidedState(page)).toMatchObject({ tourId: TOUR, stop: 2 });
    expect(hash()).toBe(`#/tour/${TOUR}/3`);
    await expect.poll(() => page.locator('.tour-player .tour-position').innerText()).toBe('Stop 3 of 12');
    expect(await page.locator('.tour-player').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
