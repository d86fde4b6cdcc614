// A full tour through the store, the app's one exposed handle: every room in tour order, and in each room the
// first object's caption opened and closed, each step followed by drawn frames. With reduced motion emulated every
// move is a cut, so a tour takes seconds. Shared by the bench (memory) and the leak test.

/** Animation frames waited after each step: the scene's own frame comes first (it asked for it when the store
 *  changed), so by the second the new room's signs, hotspots and labels are made, uploaded and drawn. */
const FRAMES_PER_STEP = 2;

const framesDrawn = (page, n) =>
  page.evaluate(
    (count) =>
      new Promise((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );

export async function fullTour(page) {
  const order = await page.evaluate(() => window.casaTrotsky.store.getState().house.order);
  // Starting from the last room, so the first step is a move even when the page opened on the first.
  for (const room of [...order.slice(-1), ...order]) {
    await page.evaluate((id) => window.casaTrotsky.store.getState().goToRoom(id), room);
    await framesDrawn(page, FRAMES_PER_STEP);
    const opened = await page.evaluate((id) => {
      const s = window.casaTrotsky.store.getState();
      const first = s.house.rooms[id].exhibits[0];
      if (!first) return false;
      s.openExhibit(first.id);
      return true;
    }, room);
    if (!opened) continue;
    await framesDrawn(page, FRAMES_PER_STEP);
    await page.evaluate(() => window.casaTrotsky.store.getState().closeExhibit());
  }
  await framesDrawn(page, FRAMES_PER_STEP);
}
