// How the browser tests and the bench start Debian's Chromium: headless, WebGL2 through SwiftShader, and no
// traffic to the outside world.
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import flags from './chromium-flags.json';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Kept in a JSON file so the plain-Node bench launches Chromium the same way. */
export const CHROMIUM_ARGS: string[] = flags;

export function launchOptions(extraArgs: string[] = []): LaunchOptions {
  return { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] };
}

/** A fresh browser with its own empty profile. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch(launchOptions(extraArgs));
}
