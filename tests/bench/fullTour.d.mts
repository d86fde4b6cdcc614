import type { Page } from 'playwright-core';
/** Every room in tour order through the store, each room's first caption opened and closed, frames drawn. */
export function fullTour(page: Page): Promise<void>;
