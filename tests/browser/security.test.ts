import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { house } from '../../rooms';
import { disconnect, openTour, waitForHouse } from './tour';

afterAll(disconnect);

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );

function expectStrictScripts(policy: string) {
  const d = directives(policy);
  expect(policy).not.toContain('unsafe-eval');
  expect(d.get('script-src')).toEqual(["'self'"]);
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  for (const sources of d.values()) expect(sources.every((s) => !/^(https?:|\*|data:|blob:)/.test(s)), policy).toBe(true);
}

describe('what the served page allows', () => {
  it('sends a Content-Security-Policy header and meta without eval or inline script', async () => {
    const tour = await openTour();
    try {
      const response = await tour.page.request.get(inject('baseUrl'));
      const header = response.headers()['content-security-policy'];
      expect(header, 'the preview server sends the policy').toBeTruthy();
      expectStrictScripts(header);
      expect(directives(header).get('frame-ancestors')).toEqual(["'none'"]);

      const html = await response.text();
      const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
      expect(meta, 'the built page carries the policy itself').toBeTruthy();
      expectStrictScripts(meta!.replaceAll('&#39;', "'"));
      expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
      expect(html.match(/<script\b(?![^>]*\bsrc=)[^>]*>/g), 'inline scripts').toBeNull();
    } finally {
      await tour.close();
    }
  });
});

describe('a visit under the policy', () => {
  it('walks the whole house, reading captions in two languages, with no request elsewhere and no violation', async () => {
    const requested: string[] = [];
    const tour = await openTour('#/garden', undefined, async (context) => {
      context.on('request', (r) => requested.push(r.url()));
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`),
        ),
      );
    });
    const { page, errors } = tour;
    try {
      await waitForHouse(page);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.waitForFunction(() => (window as any).casaTrotsky.store.getState().reducedMotion);
      for (const [i, id] of house.order.entries()) {
        const lang = i < house.order.length / 2 ? 'en' : 'es';
        if (i === Math.ceil(house.order.length / 2)) await page.getByRole('button', { name: 'Español' }).click();
        const name = house.rooms[id].name[lang];
        const nav = page.getByRole('navigation', { name: lang === 'en' ? 'Rooms' : 'Espacios' });
        await nav.getByRole('link', { name, exact: true }).click();
        await page.waitForFunction((n) => document.getElementById('room-name')?.textContent === n, name);
        await openFirstCaption(page);
      }
      expect(requested.length).toBeGreaterThan(3);
      const origin = new URL(inject('baseUrl')).origin;
      expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await tour.close();
    }
  });
});

async function openFirstCaption(page: Page) {
  const objects = page.locator('.objects button');
  if ((await objects.count()) === 0) return;
  await objects.first().click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}
