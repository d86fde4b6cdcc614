// Light as a visitor sees it, in fixed views: the floor under a bed darker than open floor a metre away, a patch
// of sun on the floor under a sunny window brighter than the floor beside it, a room's corner darker than the
// middle of its wall. Each view is a pose set in the store, then read from the drawn canvas at the points where
// those places appear (the shade arrives just after the first frame, so each comparison is polled).
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { house } from '../../rooms';
import { modelRectangle } from '../../src/plan/modelRectangle';
import { WALL_HALF_THICKNESS_M as T } from '../../src/plan/constants';
import { SUN_DIRECTION } from '../../src/scene/Daylight';
import type { Pose } from '../../src/plan/travel';
import { disconnect, viewPixels, visit } from './tour';
import { screenPointOf } from './screen';

afterAll(disconnect);

type World = [number, number, number];

async function stand(page: Page, pose: Pose) {
  await page.evaluate((p) => {
    const store = (window as any).casaTrotsky.store;
    store.getState().dismissIntro();
    store.setState({ pose: p });
  }, pose);
}

/** Mean brightness (0–255, Rec. 709 weights) of the 9 × 9 pixels where each world point is drawn. */
async function brightnessAt(page: Page, points: World[]): Promise<number[]> {
  const png = await viewPixels(page);
  const box = (await page.locator('canvas').boundingBox())!;
  const scale = png.width / box.width;
  const out: number[] = [];
  for (const w of points) {
    const p = await screenPointOf(page, w);
    if (!p) throw new Error(`point ${w} is not in view`);
    const cx = Math.round((p.x - box.x) * scale);
    const cy = Math.round((p.y - box.y) * scale);
    let sum = 0;
    let n = 0;
    for (let y = cy - 4; y <= cy + 4; y++)
      for (let x = cx - 4; x <= cx + 4; x++) {
        const i = (y * png.width + x) * 4;
        sum += 0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2];
        n++;
      }
    out.push(sum / n);
  }
  return out;
}

/** Polls until the first point is darker than the second by a visible margin (a tenth), or times out. */
async function expectDarker(page: Page, darker: World, lighter: World) {
  await expect
    .poll(async () => {
      const [a, b] = await brightnessAt(page, [darker, lighter]);
      return a < b * 0.9 ? 'darker' : `${a.toFixed(1)} vs ${b.toFixed(1)}`;
    }, { timeout: 15_000, interval: 500 })
    .toBe('darker');
}

describe('light as a visitor sees it', () => {
  it('darkens the floor right under a bed against open floor a metre away', async () => {
    const bed = modelRectangle(house.exhibits['sievas-bed'].exhibit);
    const east = bed.xM + bed.widthM;
    const z = bed.zM + bed.depthM / 2;
    await visit('#/grandsons-room', async ({ page }) => {
      await stand(page, { xM: east + 2.3, zM: z, headingDeg: 270, pitchDeg: -30 });
      await expectDarker(page, [east - 0.12, 0, z], [east + 0.88, 0, z]);
    });
  });

  it('lays a patch of sun on the floor below a sunny window, brighter than the floor beside it', async () => {
    const study = house.rooms.study;
    const window = study.windows.find((w) => w.id === 'garden-window-west')!;
    const [dx, dy, dz] = SUN_DIRECTION;
    // The window's middle, on the inside of the south wall, followed down the sun's rays to the floor.
    const from: World = [study.footprint.xM + window.alongM, window.sillM + window.heightM / 2, study.footprint.zM + study.footprint.depthM - T];
    const t = from[1] / dy;
    const patch: World = [from[0] - dx * t, 0, from[2] - dz * t];
    const beside: World = [patch[0], 0, patch[2] - 1.2];
    await visit('#/study', async ({ page }) => {
      await stand(page, { xM: patch[0] + 0.3, zM: 2.2, headingDeg: 180, pitchDeg: -35 });
      await expectDarker(page, beside, patch);
    });
  });

  it("darkens a room's corner against the middle of its wall", async () => {
    const room = house.rooms['grandsons-room'].footprint;
    const north = room.zM + T + 0.01;
    const corner: World = [room.xM + room.widthM - T - 0.05, 1.5, north];
    const middle: World = [room.xM + room.widthM / 2, 1.5, north];
    await visit('#/grandsons-room', async ({ page }) => {
      await stand(page, { xM: middle[0], zM: room.zM + 4.5, headingDeg: 0, pitchDeg: 0 });
      await expectDarker(page, corner, middle);
    });
  });
});
