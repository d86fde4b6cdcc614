// The `tours` group: every guided tour's stop-to-stop moves (tourMoves.mjs), per tour every build in turn, then
// the view from above (overview.mjs). Each build `b` gains `tours`: { list, moves (one entry per tour), overview }.
import { errorLine } from './page.mjs';
import { benchTourMoves, listTours } from './tourMoves.mjs';
import { benchOverview } from './overview.mjs';

/** `inTurn(builds, turn)`: the builds in the order they take turn `turn`; `tag(b)`: the build's label as logged. */
export async function benchGuidedTours(browser, builds, { viewport, log, inTurn, tag }) {
  for (const b of builds) {
    b.tours = { list: [], moves: [], overview: null };
    try {
      b.tours.list = await listTours(browser, { base: b.base, viewport });
    } catch (err) {
      b.tours.error = `no guided tours: ${errorLine(err)}`;
      log(`  guided tours${tag(b)}: ${b.tours.error}\n`);
    }
  }
  // Every tour any build offers, in the first listing's order: a build without one simply has no figures for it.
  const ids = [...new Set(builds.flatMap((b) => b.tours.list.map((t) => t.id)))];
  for (const [turn, id] of ids.entries()) {
    for (const b of inTurn(builds, turn)) {
      const tour = b.tours.list.find((t) => t.id === id);
      if (!tour) continue;
      log(`  guided tour ${id}${tag(b)}, ${tour.stops - 1} moves …`);
      const r = await benchTourMoves(browser, { base: b.base, viewport, tour });
      log(r.ok ? ' done\n' : ` failed after ${r.moves.length} moves: ${r.error}\n`);
      b.tours.moves.push(r);
    }
  }
  for (const b of inTurn(builds, ids.length)) {
    log(`  overview${tag(b)} …`);
    b.tours.overview = await benchOverview(browser, { base: b.base, viewport });
    log(b.tours.overview.ok ? ' done\n' : ` failed: ${b.tours.overview.error}\n`);
  }
}
