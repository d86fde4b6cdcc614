// What every bench page shares: its errors, collected as they happen.

/** Console errors, page errors and failed requests of a page, as they happen. */
export function collectPageErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => errors.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  return errors;
}

/** The first line of an error's message, for a one-line report. */
export const errorLine = (err) => String(err?.message ?? err).split('\n')[0];
