// The guards' house divided into the rooms its people slept in, as a visitor finds it: walking into each small room
// by clicking the floor through its door gap, the room panel naming it, the partitions drawn, and a walk straight at
// one stopped by it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { house, type Point } from '../../rooms';
import { gapSides, partitionPlan, smallRoomAt, type Gap } from '../../src/plan/partitions';
import { disconnect, openTour, viewPixels, waitForHouse, type TourPage } from './tour';
import { readPose, screenPointOf } from './screen';
import { headingTowardsDeg } from '../../src/plan/geometry';

afterAll(disconnect);

const room = house.rooms['guards-house'];
const small = room.partitions!.rooms;
const passage = small.findIndex((r) => r.id === 'passage');
const off = (g: Gap, m: number): Point => ({ xM: g.at.xM + g.across.xM * m, zM: g.at.zM + g.across.zM * m });
/** Each side room with its gap onto the passage, and which way across the gap leads into it (±1). */
const doors = partitionPlan(room).gaps.flatMap((g) => {
  const [a, b] = gapSides(room, g);
  if (a === passage) return [{ into: small[b], gap: g, sign: 1 }];
  if (b === passage) return [{ into: small[a], gap: g, sign: -1 }];
  return [];
});

const settled = (page: Page) => page.waitForFunction(() => (window as any).casaTrotsky.store.getState().travel === null, null, { timeout: 30_000 });
const smallRoomName = (page: Page) => page.locator('.small-room').innerText();

/** Drags the view up or down, as a visitor looks down at the floor, until the view is tilted `pitchDeg`. */
async function tiltTo(page: Page, pitchDeg: number): Promise<void> {
  const box = (await page.locator('canvas').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  // Dragging down tilts the view up, a quarter of a degree a pixel (scene/movement/DragLook.tsx).
  const dy = (pitchDeg - (await readPose(page)).pitchDeg) / 0.25;
  // No drag to make: a press and release in place would be a click on the floor, a walk.
  if (Math.abs(dy) < 8) return;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + dy, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => Math.abs((await readPose(page)).pitchDeg - pitchDeg)).toBeLessThan(3);
}

/** How far round the visitor must turn to face `p`, in degrees (negative: to the left). */
async function turnNeeded(page: Page, p: Point): Promise<number> {
  const pose = await readPose(page);
  return ((headingTowardsDeg(pose, p) - pose.headingDeg + 540) % 360) - 180;
}

/** Holds the arrow key that turns the visitor towards `p` until they face it: on a software GPU frames come
 *  slowly, so fixed presses turn by unpredictable amounts. */
async function turnTowards(page: Page, p: Point): Promise<void> {
  await page.locator('main').focus();
  const first = await turnNeeded(page, p);
  if (Math.abs(first) < 10) return;
  const key = first < 0 ? 'ArrowLeft' : 'ArrowRight';
  await page.keyboard.down(key);
  try {
    await expect
      .poll(async () => {
        const left = await turnNeeded(page, p);
        return Math.abs(left) < 10 || Math.sign(left) !== Math.sign(first);
      }, { timeout: 45_000, interval: 20 })
      .toBe(true);
  } finally {
    await page.keyboard.up(key);
  }
}

/** Turns to a floor point as a visitor would and clicks it; waits until the walk there has ended. */
async function clickFloor(page: Page, p: Point): Promise<void> {
  await turnTowards(page, p);
  const at = await screenPointOf(page, [p.xM, 0, p.zM]);
  expect(at, `the floor at ${p.xM}, ${p.zM} comes into view from ${JSON.stringify(await readPose(page))}`).not.toBeNull();
  await page.mouse.click(at!.x, at!.y);
  await page
    .waitForFunction(() => (window as any).casaTrotsky.store.getState().travel !== null, null, { timeout: 5_000 })
    .catch(async (e) => {
      await page.screenshot({ path: `/tmp/guards-rooms-${p.xM.toFixed(1)}-${p.zM.toFixed(1)}.png` });
      throw e;
    });
  await settled(page);
}

/** The mean colour of a 9 × 9 patch of the view round a world point. */
async function colourAt(page: Page, world: [number, number, number]): Promise<number[]> {
  const point = (await screenPointOf(page, world))!;
  const box = (await page.locator('canvas').boundingBox())!;
  const png = await viewPixels(page);
  const sum = [0, 0, 0];
  for (let dy = -4; dy <= 4; dy++)
    for (let dx = -4; dx <= 4; dx++) {
      const i = (Math.round(point.y - box.y + dy) * png.width + Math.round(point.x - box.x + dx)) * 4;
      for (let c = 0; c < 3; c++) sum[c] += png.data[i + c];
    }
  return sum.map((s) => s / 81);
}
const distance = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('the guards’ house, divided into rooms', () => {
  let tour: TourPage;
  beforeAll(async () => {
    tour = await openTour('#/guards-house');
    await waitForHouse(tour.page);
    const intro = tour.page.getByRole('button', { name: 'Close the introduction' });
    if (await intro.isVisible()) await intro.click();
    await settled(tour.page);
  });
  afterAll(() => tour?.close());

  it('has several rooms with doorways onto a passage, and starts the visitor in the passage', async () => {
    expect(small.length).toBeGreaterThanOrEqual(4);
    expect(doors.map((d) => d.into.id).sort()).toEqual(small.filter((_, i) => i !== passage).map((r) => r.id).sort());
    await expect.poll(() => smallRoomName(tour.page)).toBe('· the passage (layout inferred)');
  });

  it.each(doors.map((d) => [d.into.id, d] as const))('walks into %s through its doorway by clicking the floor', async (_, door) => {
    const { page } = tour;
    await page.locator('main').focus();
    await tiltTo(page, -45);
    // Level with the doorway in the passage, then through it onto the floor beyond.
    await clickFloor(page, off(door.gap, -door.sign * 0.5));
    expect(smallRoomAt(room, await readPose(page))?.id).toBe('passage');
    await clickFloor(page, off(door.gap, door.sign * 1.6));
    expect(smallRoomAt(room, await readPose(page))?.id).toBe(door.into.id);
    await expect.poll(() => smallRoomName(page)).toBe(`· ${door.into.name.en} (layout inferred)`);
    // And back out into the passage.
    await clickFloor(page, off(door.gap, -door.sign * 0.5));
    expect(smallRoomAt(room, await readPose(page))?.id).toBe('passage');
    expect(tour.errors).toEqual([]);
  }, 150_000);

  it('draws the wall between two rooms, and a walk straight at it stops there', async () => {
    const { page } = tour;
    const rosmers = doors.find((d) => d.into.id === 'rosmers')!;
    await tiltTo(page, -45);
    await clickFloor(page, off(rosmers.gap, -0.5));
    await clickFloor(page, { xM: 11.3, zM: 29.2 });
    await tiltTo(page, -30);
    // Facing the wall between the Rosmers' room and the one south of it.
    const wallZ = 31 - 0.12;
    await turnTowards(page, { xM: 11.3, zM: wallZ });
    // Low on the wall: with no wall drawn there the same pixels would show the next room's floor behind it.
    const low = await colourAt(page, [11.3, 0.5, wallZ]);
    const high = await colourAt(page, [11.3, 1.4, wallZ]);
    const floor = await colourAt(page, [11.3, 0, 30.2]);
    expect(distance(low, high), `wall ${low} ~ wall ${high}, not floor ${floor}`).toBeLessThan(distance(low, floor));

    await page.locator('main').focus();
    await page.keyboard.down('w');
    await page.waitForTimeout(2500);
    await page.keyboard.up('w');
    await settled(page);
    const pose = await readPose(page);
    expect(pose.zM).toBeLessThan(wallZ);
    expect(smallRoomAt(room, pose)?.id).toBe('rosmers');
    await expect.poll(() => smallRoomName(page)).toBe('· the Rosmers’ room (layout inferred)');
    expect(tour.errors).toEqual([]);
  }, 150_000);
});
