// Where a point of the house appears on screen, for clicking things in the 3D view as a visitor would.
import { PerspectiveCamera, Vector3 } from 'three';
import type { Page } from 'playwright-core';
import { CAMERA } from '../../src/scene/cameraSettings';
import { EYE_HEIGHT_M } from '../../src/plan/constants';
import type { Pose } from '../../src/plan/travel';

export async function readPose(page: Page): Promise<Pose> {
  return page.evaluate(() => (window as any).casaTrotsky.store.getState().pose);
}

/** Page coordinates of a world point seen from the visitor's current pose, or null when it is behind them. */
export async function screenPointOf(page: Page, world: [number, number, number]): Promise<{ x: number; y: number } | null> {
  const pose = await readPose(page);
  const box = (await page.locator('canvas').boundingBox())!;
  const camera = new PerspectiveCamera(CAMERA.fov, box.width / box.height, CAMERA.near, CAMERA.far);
  camera.position.set(pose.xM, EYE_HEIGHT_M, pose.zM);
  camera.rotation.set((pose.pitchDeg * Math.PI) / 180, (-pose.headingDeg * Math.PI) / 180, 0, 'YXZ');
  camera.updateMatrixWorld();
  const p = new Vector3(...world).project(camera);
  if (p.z > 1 || Math.abs(p.x) > 1 || Math.abs(p.y) > 1) return null;
  return { x: box.x + ((p.x + 1) / 2) * box.width, y: box.y + ((1 - p.y) / 2) * box.height };
}

/** Turns the visitor with the arrow keys, as a visitor would, until a world point is well inside the view. */
export async function turnUntilInView(page: Page, world: [number, number, number], key: 'ArrowLeft' | 'ArrowRight' = 'ArrowLeft') {
  await page.locator('main').focus();
  for (let i = 0; i < 40; i++) {
    const point = await screenPointOf(page, world);
    const box = (await page.locator('canvas').boundingBox())!;
    if (point && Math.abs(point.x - (box.x + box.width / 2)) < box.width * 0.3) return point;
    await page.keyboard.down(key);
    await page.waitForTimeout(150);
    await page.keyboard.up(key);
  }
  return null;
}
