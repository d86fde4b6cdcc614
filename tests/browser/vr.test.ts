import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';
import { aimRightController, pointAndSelect, pullTrigger, tourState, waitForControllers, worldPositionOf, xrFrames } from './headset';
import { house } from '../../rooms/index';
import { hotspotPosition } from '../../src/scene/hotspotPosition';

// Chromium's own WebXR has no device here; with it switched off, the XR library's emulator (IWER) takes its place.
// One visit runs through the steps in order, as a visitor with a headset would: in, point, teleport, out.
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const foreign: string[] = [];

beforeAll(async () => {
  browser = await launchChromium(['--disable-features=WebXR']);
  context = await browser.newContext({ viewport: { width: 960, height: 600 } });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => !r.url().startsWith(inject('baseUrl')) && foreign.push(r.url()));
  await page.goto(`${inject('baseUrl')}#/study`);
  await page.locator('.loading').waitFor({ state: 'detached', timeout: 30_000 });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const EYE_LEVEL_M = 1.3;

describe('VR with the emulated headset', () => {
  it('enters an immersive-vr session in the current room', async () => {
    await page.getByRole('button', { name: 'Enter VR' }).click();
    await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().vr === 'presenting', null, { timeout: 30_000 });
    expect(await tourState(page)).toMatchObject({ vr: 'presenting', roomId: 'study', mode: 'immersive-vr' });
    expect(await page.getByRole('button', { name: 'Exit VR' }).count()).toBe(1);
  });

  it('pointing the controller at a hotspot highlights it, and the trigger opens its panel', async () => {
    await waitForControllers(page);
    const desk = hotspotPosition(house.exhibits['trotskys-desk'].exhibit);
    const { pose } = await tourState(page);
    // Held half a metre out from the visitor's chest, pointing at the dot over the desk.
    const d = Math.hypot(desk[0] - pose.xM, desk[2] - pose.zM);
    const hand: [number, number, number] = [pose.xM + ((desk[0] - pose.xM) / d) * 0.5, EYE_LEVEL_M, pose.zM + ((desk[2] - pose.zM) / d) * 0.5];
    await aimRightController(page, hand, desk);
    await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().highlightedExhibit === 'trotskys-desk', null, { timeout: 30_000 });
    await pullTrigger(page);
    await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().exhibitId === 'trotskys-desk', null, { timeout: 30_000 });
    expect(new URL(page.url()).hash).toBe('#/study/trotskys-desk');
  });

  it('the panel switches language and closes from its own plates', async () => {
    await pointAndSelect(page, await worldPositionOf(page, 'caption-panel-language'), EYE_LEVEL_M);
    await page.waitForFunction(() => document.documentElement.lang === 'es', null, { timeout: 30_000 });
    await pointAndSelect(page, await worldPositionOf(page, 'caption-panel-close'), EYE_LEVEL_M);
    await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().exhibitId === null, null, { timeout: 30_000 });
    expect(new URL(page.url()).hash).toBe('#/study');
    // Back to English for the steps that follow, from the page's own switch (by keyboard: the emulator's panel
    // covers the page while presenting).
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  it('the time control on the left controller shows the house at another moment, and back', async () => {
    const era = () => page.evaluate(() => (window as any).casaTrotsky.store.getState().era);
    await xrFrames(page, 2);
    await pointAndSelect(page, await worldPositionOf(page, 'era-plate-1940-05-24'), EYE_LEVEL_M);
    await expect.poll(era, { timeout: 30_000 }).toBe('1940-05-24');
    expect(new URL(page.url()).searchParams.get('era')).toBe('1940-05-24');
    await pointAndSelect(page, await worldPositionOf(page, 'era-plate-today'), EYE_LEVEL_M);
    await expect.poll(era, { timeout: 30_000 }).toBe('today');
  });

  it('teleporting onto the floor beyond a doorway makes the next room current, and the address follows', async () => {
    const door = house.exits.study.find((e) => e.to === 'bedroom')!.doorway.centre;
    // The controller held out towards the bedroom door, its ray on the bedroom floor beyond it; the trigger jumps
    // there, keeping the way the visitor faces.
    const before = (await tourState(page)).pose;
    const hand: [number, number, number] = [door.xM + 1.5, EYE_LEVEL_M, door.zM];
    await aimRightController(page, hand, [door.xM - 1, 0, door.zM]);
    await xrFrames(page, 2);
    await pullTrigger(page);
    await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().roomId === 'bedroom', null, { timeout: 30_000 });
    await page.waitForFunction(() => location.hash === '#/bedroom');
    await expect.poll(() => page.locator('#room-name').innerText()).toBe('Bedroom');
    const after = (await tourState(page)).pose;
    expect(after.xM).toBeCloseTo(door.xM - 1, 1);
    expect(after.headingDeg).toBeCloseTo(before.headingDeg, 3);
  });

  it('refuses a teleport through a wall: the visitor stays where they are', async () => {
    const { pose } = await tourState(page);
    // From the bedroom, aiming at the bathroom floor behind the bedroom's west wall: the wall takes the ray.
    await aimRightController(page, [pose.xM - 0.5, EYE_LEVEL_M, pose.zM - 1.5], [18, 0, 1.5]);
    await xrFrames(page, 2);
    await pullTrigger(page);
    await xrFrames(page, 2);
    expect((await tourState(page)).roomId).toBe('bedroom');
  });

  it('leaves VR back in the desktop view, in the room reached in VR', async () => {
    const exit = page.getByRole('button', { name: 'Exit VR' });
    // The emulator's panel covers the page while presenting; the keyboard still reaches the button.
    await exit.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().vr === 'ready');
    expect((await tourState(page)).roomId).toBe('bedroom');
    await expect.poll(() => page.locator('#room-name').innerText()).toBe('Bedroom');
    expect(await page.getByRole('button', { name: 'Enter VR' }).count()).toBe(1);
    expect(new URL(page.url()).hash).toBe('#/bedroom');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('enters VR again after leaving it, and leaves again', async () => {
    await page.getByRole('button', { name: 'Enter VR' }).click();
    await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().vr === 'presenting', null, { timeout: 30_000 });
    expect(await tourState(page)).toMatchObject({ vr: 'presenting', roomId: 'bedroom', mode: 'immersive-vr' });
    const exit = page.getByRole('button', { name: 'Exit VR' });
    await exit.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().vr === 'ready');
    expect(await page.getByRole('button', { name: 'Enter VR' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
