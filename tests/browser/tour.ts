// What the browser tests share: a fresh page on the built tour, with its console errors collected, and ways to
// read what the visitor sees.
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { PNG } from './png';

let browser: Browser | null = null;

export async function connect(): Promise<Browser> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  return browser;
}

export async function disconnect(): Promise<void> {
  await browser?.close();
  browser = null;
}

export interface TourPage {
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/** The desktop layout, small: a software GPU's time goes by the pixel. */
const DEFAULT_VIEWPORT = process.env.TEST_VIEWPORT
  ? { width: Number(process.env.TEST_VIEWPORT.split('x')[0]), height: Number(process.env.TEST_VIEWPORT.split('x')[1]) }
  : { width: 960, height: 600 };

/** `prepare` runs on the fresh context before the page opens, e.g. to add init scripts. */
export async function openTour(
  hash = '',
  viewport = DEFAULT_VIEWPORT,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<TourPage> {
  const context = await (await connect()).newContext({ viewport });
  await prepare?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(inject('baseUrl') + hash);
  return { page, errors, close: () => context.close() };
}

/** Waits until the loading screen has gone, i.e. the house has been drawn. */
export async function waitForHouse(page: Page): Promise<void> {
  await page.locator('canvas').waitFor();
  await page.locator('.loading').waitFor({ state: 'detached', timeout: 30_000 });
}

/** The current room's name, as the page heading shows it. */
export const currentRoomName = (page: Page) => page.locator('#room-name').innerText();

/** A picture of the 3D view only. */
export async function viewPixels(page: Page): Promise<PNG> {
  const png = await page.locator('canvas').screenshot();
  return PNG.decode(png);
}

/**
 * Opens the tour at an address, waits for the house, lets a test act as a visitor, then checks that the page
 * logged no error, and closes it whatever happened. `prepare` runs on the fresh context first (see openTour).
 */
export async function visit(
  hash: string,
  act: (tour: TourPage) => Promise<void>,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<void> {
  const tour = await openTour(hash, undefined, prepare);
  try {
    await waitForHouse(tour.page);
    await act(tour);
    expect(tour.errors).toEqual([]);
  } finally {
    await tour.close();
  }
}

/** Waits until every caption inside `where` has arrived (they are fetched after the first frame, or when asked for;
 *  one still on its way is marked aria-busy). */
export async function captionsArrived(where: Locator): Promise<void> {
  await expect.poll(() => where.locator('[aria-busy="true"]').count()).toBe(0);
}
