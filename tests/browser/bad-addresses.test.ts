import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { currentRoomName, disconnect, visit } from './tour';

afterAll(disconnect);

const hashIs = (page: Page, hash: string) => page.waitForFunction((h) => location.hash === h, hash, { timeout: 15_000 });
const notice = (page: Page) => page.locator('.notice[role="status"]');
const roomNameIs = (page: Page, name: string) =>
  page.waitForFunction((n) => document.getElementById('room-name')?.textContent === n, name, { timeout: 15_000 });

describe('an address the tour cannot follow', () => {
  it('opens with a polite notice in a sensible room, whatever the address', async () => {
    const cases = [
      { address: '#//', text: /no room called “\/\/”.*Garden/, room: 'Garden', hash: '#/garden' },
      { address: '#/study/../../x', text: /no object called “\.\.\/\.\.\/x” here; you are in the Study/, room: 'Study', hash: '#/study' },
      { address: '#/<script>', text: /no room called “<script>”/, room: 'Garden', hash: '#/garden' },
      { address: `#/${'w'.repeat(100_000)}`, text: /no room called “w{60}”/, room: 'Garden', hash: '#/garden' },
      { address: '#/kitchen/piano', text: /no object called “piano” here; you are in the Kitchen/, room: 'Kitchen', hash: '#/kitchen' },
    ];
    // The first address opens the tour; the others are typed into the address bar of the running tour.
    await visit('#/%E0%A4%A', async ({ page }) => {
      // Cuts instead of glides: a glide across the garden takes longer than this test should.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().reducedMotion);
      expect(await notice(page).innerText()).toMatch(/no room called “%E0%A4%A”.*Garden/);
      await expect.poll(() => currentRoomName(page)).toBe('Garden');
      await hashIs(page, '#/garden');
      for (const c of cases) {
        await page.evaluate((a) => (location.hash = a), c.address);
        await page
          .waitForFunction((re) => new RegExp(re).test(document.querySelector('.notice')?.textContent ?? ''), c.text.source, { timeout: 15_000 })
          .catch(async () => expect.fail(`${c.address.slice(0, 30)} → “${await notice(page).innerText()}” at ${page.url().slice(-40)}`));
        await roomNameIs(page, c.room);
        await hashIs(page, c.hash);
      }
      expect(await page.locator('script:not([src])').count(), 'no script was written into the page').toBe(0);
    });
  });

  it('says so when the address asks for a language the tour does not speak, and carries on in English', async () => {
    await visit('?lang=xx#/kitchen', async ({ page }) => {
      expect(await notice(page).innerText()).toMatch(/not available in “xx”, so it is shown in English/);
      await expect.poll(() => currentRoomName(page)).toBe('Kitchen');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(new URL(page.url()).search).toBe('');
    });
  });

  it('turns a long unknown address into a short notice in the garden', async () => {
    await visit(`#/${'z'.repeat(100_000)}`, async ({ page }) => {
      const text = await notice(page).innerText();
      expect(text).toMatch(/no room called “z+”/);
      expect(text.length).toBeLessThan(200);
      await expect.poll(() => currentRoomName(page)).toBe('Garden');
      await hashIs(page, '#/garden');
      await page.getByRole('button', { name: 'Dismiss this notice' }).click();
      expect(await notice(page).innerText()).toBe('');
    });
  });
});
