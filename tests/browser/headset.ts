// Driving the XR library's headset emulator (IWER) as a visitor would drive a headset: point the right controller
// from one place of the house at another, press and release its trigger. Everything goes through the app's own
// stores (window.casaTrotsky): the tour's store and the XR store, which holds the emulator and the XR origin.
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

type Point3 = [number, number, number];

/** The emulator's panel moves each controller to its on-screen handle every frame, so the handle is what we move. */
export async function aimRightController(page: Page, from: Point3, to: Point3): Promise<void> {
  await page.evaluate(
    ([from, to]) => {
      const { xrStore } = (window as any).casaTrotsky;
      const { origin, emulator } = xrStore.getState();
      const handle = emulator.devui.inputLayer.transformHandles.get('right');
      // World (house) coordinates to the tracked space the controllers live in: the XR origin's own frame.
      const fromLocal = origin.worldToLocal(origin.position.clone().set(...from));
      const toLocal = origin.worldToLocal(origin.position.clone().set(...to));
      const direction = handle.position.clone().set(toLocal.x - fromLocal.x, toLocal.y - fromLocal.y, toLocal.z - fromLocal.z).normalize();
      const forward = handle.position.clone().set(0, 0, -1);
      const aim = handle.quaternion.clone().setFromUnitVectors(forward, direction);
      const parentTurn = handle.parent.getWorldQuaternion(handle.quaternion.clone());
      handle.quaternion.copy(parentTurn.invert().multiply(aim));
      handle.position.copy(handle.parent.worldToLocal(handle.position.clone().set(fromLocal.x, fromLocal.y, fromLocal.z)));
    },
    [from, to] as const,
  );
}

/** The session reports its controllers once their button layouts have loaded; until then nothing points. */
export async function waitForControllers(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as any).casaTrotsky.xrStore.getState().inputSourceStates.filter((s: { type: string }) => s.type === 'controller').length === 2,
    null,
    { timeout: 30_000 },
  );
}

/** Where a named object of the scene stands in the house, e.g. a plate of the caption panel. */
export async function worldPositionOf(page: Page, name: string): Promise<Point3> {
  return page.evaluate((n) => {
    const { origin } = (window as any).casaTrotsky.xrStore.getState();
    const object = origin.parent.getObjectByName(n);
    return object.getWorldPosition(origin.position.clone()).toArray();
  }, name);
}

/** Points from half a metre before the visitor's eyes at a place, and pulls the trigger. */
export async function pointAndSelect(page: Page, target: Point3, eyeLevelM: number): Promise<void> {
  const { pose } = await tourState(page);
  const dx = target[0] - pose.xM;
  const dz = target[2] - pose.zM;
  const d = Math.hypot(dx, dz) || 1;
  await aimRightController(page, [pose.xM + (dx / d) * 0.3, eyeLevelM, pose.zM + (dz / d) * 0.3], target);
  await xrFrames(page, 2);
  await pullTrigger(page);
}

/** Waits for the headset to draw this many frames: the emulator applies input once per frame, and a software
 *  renderer under load may take most of a second for one. */
export async function xrFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const { session } = (window as any).casaTrotsky.xrStore.getState();
    for (let i = 0; i < n; i++) await new Promise((resolve) => session.requestAnimationFrame(resolve));
  }, count);
}

/** Presses the trigger for one frame of the headset and lets go: a click, as a visitor selects something. */
export async function pullTrigger(page: Page): Promise<void> {
  const set = (value: number) =>
    page.evaluate((v) => (window as any).casaTrotsky.xrStore.getState().emulator.controllers.right.updateButtonValue('trigger', v), value);
  await set(1);
  await xrFrames(page, 2);
  await set(0);
  await xrFrames(page, 2);
}

export const tourState = (page: Page) =>
  page.evaluate(() => {
    const { store, xrStore } = (window as any).casaTrotsky;
    const s = store.getState();
    return { vr: s.vr, roomId: s.roomId, exhibitId: s.exhibitId, highlighted: s.highlightedExhibit, pose: s.pose, mode: xrStore?.getState().mode ?? null };
  });

/** Presses a controller's button (e.g. 'a-button', 'x-button') for two of the headset's frames and lets it go. */
export async function pressButton(page: Page, hand: 'left' | 'right', button: string): Promise<void> {
  const set = (value: number) =>
    page.evaluate(([h, b, v]) => (window as any).casaTrotsky.xrStore.getState().emulator.controllers[h].updateButtonValue(b, v), [hand, button, value] as const);
  await set(1);
  await xrFrames(page, 2);
  await set(0);
  await xrFrames(page, 2);
}

/** Turns the visitor's head (the emulated headset) to look at a place of the house; the controllers, which the
 *  emulator holds in the head's frame, turn with it. */
export async function lookAt(page: Page, target: Point3): Promise<void> {
  await page.evaluate((to) => {
    const { origin, emulator } = (window as any).casaTrotsky.xrStore.getState();
    const head = emulator.devui.inputLayer.cameraRig;
    const toLocal = origin.worldToLocal(origin.position.clone().set(...to));
    const d = toLocal.sub(head.getWorldPosition(head.position.clone()));
    // Turned, then tilted, as a neck does: no roll.
    const aim = head.quaternion.clone().setFromEuler(head.rotation.clone().set(Math.atan2(d.y, Math.hypot(d.x, d.z)), Math.atan2(-d.x, -d.z), 0, 'YXZ'));
    const parentTurn = head.parent.getWorldQuaternion(head.quaternion.clone());
    head.quaternion.copy(parentTurn.invert().multiply(aim));
  }, target);
  await xrFrames(page, 2);
}

/** The guided tour under way, as the store has it (null when none). */
export const guidedState = (page: Page) =>
  page.evaluate(() => {
    const g = (window as any).casaTrotsky.store.getState().guided;
    return g && { tourId: g.tourId as string, stop: g.stop as number, playing: g.playing as boolean, stopPose: g.stopPose as { xM: number; zM: number; headingDeg: number } };
  });

/** A picture resampled to another size, linearly along each axis. */
function resampled(from: PNG, width: number, height: number): PNG {
  const to = new PNG({ width, height });
  const at = (x: number, y: number, c: number) => from.data[(y * from.width + x) * 4 + c];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const fx = Math.max(0, Math.min(from.width - 1, ((x + 0.5) * from.width) / width - 0.5));
      const fy = Math.max(0, Math.min(from.height - 1, ((y + 0.5) * from.height) / height - 0.5));
      const [x0, y0] = [Math.floor(fx), Math.floor(fy)];
      const [x1, y1] = [Math.min(from.width - 1, x0 + 1), Math.min(from.height - 1, y0 + 1)];
      const [tx, ty] = [fx - x0, fy - y0];
      for (let c = 0; c < 4; c++) {
        const top = at(x0, y0, c) * (1 - tx) + at(x1, y0, c) * tx;
        const bottom = at(x0, y1, c) * (1 - tx) + at(x1, y1, c) * tx;
        to.data[(y * width + x) * 4 + c] = Math.round(top * (1 - ty) + bottom * ty);
      }
    }
  return to;
}

/** What the headset shows, as a PNG: the session's canvas alone, without the emulator's panels drawn over it. The
 *  emulator draws the headset's frame at the window's size into a narrower box, so the picture is stretched back
 *  to the frame's own proportions. */
export async function headsetView(page: Page): Promise<Buffer> {
  const canvas = await page.evaluateHandle(() => {
    const view: HTMLCanvasElement = (window as any).casaTrotsky.xrStore.getState().session.renderState.baseLayer.context.canvas;
    // Everything beside the view and its containers is hidden for the picture.
    for (let e: Element = view; e.parentElement; e = e.parentElement)
      for (const sibling of e.parentElement.children) if (sibling !== e) sibling.setAttribute('data-hidden-for-picture', '');
    return view;
  });
  try {
    const shot = await canvas.screenshot({ style: '[data-hidden-for-picture] { visibility: hidden !important; }' });
    const [width, height] = await canvas.evaluate((c) => [c.width, c.height]);
    return PNG.sync.write(resampled(PNG.sync.read(shot), width, height));
  } finally {
    await page.evaluate(() => document.querySelectorAll('[data-hidden-for-picture]').forEach((e) => e.removeAttribute('data-hidden-for-picture')));
    await canvas.dispose();
  }
}
