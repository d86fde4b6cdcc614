// A full tour: a guided tour played through its player, then every room in tour order through the store (the
// app's one exposed handle), in each room the first object's caption opened and closed and the house shown in
// another era, each step followed by drawn frames. With reduced motion emulated every move is a cut, so a tour takes seconds. Shared by the bench
// (memory) and the leak test.

/** Animation frames waited after each step: the scene's own frame comes first (it asked for it when the store
 *  changed), so by the second the new room's signs, hotspots and labels are made, uploaded and drawn. */
const FRAMES_PER_STEP = 2;
/** "Next stop" presses per guided tour: enough to pass through rooms, hotspots lit and the view from above. */
const GUIDED_NEXT_PRESSES = 3;
const GUIDED_TIMEOUT_MS = 20_000;

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

const goToAddress = (page, hash) => page.evaluate((h) => (location.hash = h), hash);

/**
 * The first guided tour as a visitor plays it: opened at its address (its code fetched on the first tour), "Next
 * stop" pressed a few times, the view from above opened and a room flown into, then "Leave the tour".
 */
async function guidedTour(page) {
  await goToAddress(page, '#/tour');
  await page.waitForFunction(() => !!window.casaTrotsky.store.getState().tourKit, null, { timeout: GUIDED_TIMEOUT_MS, polling: 50 });
  const tourId = await page.evaluate(() => window.casaTrotsky.store.getState().tourKit.tours[0].id);
  await goToAddress(page, `#/tour/${tourId}/1`);
  const player = page.locator('.tour-player');
  await player.waitFor({ timeout: GUIDED_TIMEOUT_MS });
  await framesDrawn(page, FRAMES_PER_STEP);
  for (let i = 0; i < GUIDED_NEXT_PRESSES; i++) {
    await player.getByRole('button', { name: 'Next stop' }).click();
    await framesDrawn(page, FRAMES_PER_STEP);
  }
  await page.evaluate(() => window.casaTrotsky.store.getState().openOverview());
  await framesDrawn(page, FRAMES_PER_STEP);
  await page.evaluate(() => {
    const s = window.casaTrotsky.store.getState();
    s.flyIntoRoom(s.house.order.find((id) => id !== s.roomId));
  });
  await framesDrawn(page, FRAMES_PER_STEP);
  await player.getByRole('button', { name: 'Leave the tour' }).click();
  await player.waitFor({ state: 'detached' });
}

/**
 * Shows the house in another era and waits until the scene has drawn it: its meshes are built (once per era),
 * then swapped in. A room the era lacks is first left for today's house, where every room stands.
 */
async function showEra(page, era) {
  await page.evaluate((id) => window.casaTrotsky.store.getState().requestEra(id), era);
  await page.waitForFunction((id) => window.casaTrotsky.store.getState().era === id, era, { timeout: GUIDED_TIMEOUT_MS, polling: 50 });
  await framesDrawn(page, ERA_FRAMES);
}
/** A swap lands a frame or two after the era's meshes are built; the first build of an era takes longer. */
const ERA_FRAMES = 2;

export async function fullTour(page) {
  await guidedTour(page);
  const { order, eraIds } = await page.evaluate(() => {
    const s = window.casaTrotsky.store.getState();
    return { order: s.house.order, eraIds: s.eraIds };
  });
  // Starting from the last room, so the first step is a move even when the page opened on the first.
  const rooms = [...order.slice(-1), ...order];
  for (const [i, room] of rooms.entries()) {
    const here = await page.evaluate((id) => !!window.casaTrotsky.store.getState().house.rooms[id], room);
    if (!here) await showEra(page, eraIds.at(-1));
    await page.evaluate((id) => window.casaTrotsky.store.getState().goToRoom(id), room);
    await framesDrawn(page, FRAMES_PER_STEP);
    const opened = await page.evaluate((id) => {
      const s = window.casaTrotsky.store.getState();
      const first = s.house.rooms[id].exhibits[0];
      if (!first) return false;
      s.openExhibit(first.id);
      return true;
    }, room);
    if (opened) {
      await framesDrawn(page, FRAMES_PER_STEP);
      await page.evaluate(() => window.casaTrotsky.store.getState().closeExhibit());
    }
    // Every room seen in another era too, each era in turn: ten tours change era ten times in every room.
    await showEra(page, eraIds[i % eraIds.length]);
  }
  // Each tour ends in today's house, so readings after one tour and after ten are taken in the same state.
  await showEra(page, eraIds.at(-1));
  await framesDrawn(page, FRAMES_PER_STEP);
}
