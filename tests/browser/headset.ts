// Driving the XR library's headset emulator (IWER) as a visitor would drive a headset: point the right controller
// from one place of the house at another, press and release its trigger. Everything goes through the app's own
// stores (window.casaTrotsky): the tour's store and the XR store, which holds the emulator and the XR origin.
import type { Page } from 'playwright-core';

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
