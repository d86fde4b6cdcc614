// The guide's timeline: its events arrive when a visitor opens it (the page's first load does without them).
import { afterAll, describe, expect, it } from 'vitest';
import { house } from '../../rooms';
import { disconnect, visit } from './tour';

afterAll(disconnect);

describe('the timeline', () => {
  it('lists every dated event, oldest first, once opened, with the places the sources disagree', async () => {
    await visit('#/garden', async ({ page }) => {
      const items = page.locator('.timeline > ol > li');
      expect(await items.count()).toBe(0);
      await page.locator('.timeline summary').click();
      await expect.poll(() => items.count()).toBe(house.timeline.length);
      expect(await page.locator('.timeline .timeline-date').first().innerText()).toBe(house.timeline[0].dateLabel.en);
      const disagreeing = house.timeline.filter((e) => e.disagreement).length;
      expect(await page.locator('.timeline .disagreement').count()).toBe(disagreeing);
      // Its links lead to the rooms and objects where each event happened.
      const first = house.timeline.find((e) => e.rooms.length > 0)!;
      await items.filter({ hasText: first.text.en }).getByRole('link').first().click();
      await page.waitForFunction((room) => location.hash === `#/${room}`, first.rooms[0]);
    });
  });
});
