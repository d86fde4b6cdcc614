import type { Page } from 'playwright-core';
/** A guided tour played (address, "Next stop" a few times, the overview and a room flown into, leave), then every
 *  room in tour order through the store, each room's first caption opened and closed and
 *  the house shown in another era (back to today at the end), frames drawn. */
export function fullTour(page: Page): Promise<void>;
