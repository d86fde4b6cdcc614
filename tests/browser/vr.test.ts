import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';

// Chromium's own WebXR has no device here; with it switched off, the XR library's emulator (IWER) takes its place.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium(['--disable-features=WebXR']);
});
afterAll(() => browser?.close());

const tourState = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const { casaTrotsky } = window as any;
    const s = casaTrotsky.store.getState();
    return { vr: s.vr, roomId: s.roomId, mode: casaTrotsky.xrStore?.getState().mode ?? null };
  });

describe('VR with the emulated headset', () => {
  it('enters an immersive-vr session in the current room and leaves it back in the desktop view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => !r.url().startsWith(inject('baseUrl')) && foreign.push(r.url()));
    try {
      await page.goto(`${inject('baseUrl')}#/study`);
      await page.locator('.loading').waitFor({ state: 'detached', timeout: 30_000 });
      await page.getByRole('button', { name: 'Enter VR' }).click();
      await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().vr === 'presenting', null, { timeout: 30_000 });
      expect(await tourState(page)).toEqual({ vr: 'presenting', roomId: 'study', mode: 'immersive-vr' });
      const exit = page.getByRole('button', { name: 'Exit VR' });
      expect(await exit.count()).toBe(1);
      // The emulator's panel covers the page while presenting; the keyboard still reaches the button.
      await exit.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().vr === 'ready');
      expect((await tourState(page)).roomId).toBe('study');
      expect(await page.locator('#room-name').innerText()).toBe('Study');
      expect(await page.getByRole('button', { name: 'Enter VR' }).count()).toBe(1);
      expect(new URL(page.url()).hash).toBe('#/study');
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
