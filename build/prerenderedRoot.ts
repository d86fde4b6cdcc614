// Puts the app's first render into the built index.html, inside <div id="root">, so the page paints from HTML and
// CSS alone while the scripts download; src/main.tsx hydrates it. Build only: the dev server renders on the client.
import { runnerImport, type Plugin, type PluginOption } from 'vite';

const EMPTY_ROOT = '<div id="root"></div>';
const PAGE_START = '<html lang="en">';

interface Options {
  /** A module exporting `renderFirstScreen(): string` and `firstScreenAddress(): { room, lang }`. */
  entry: string;
  /** What the app's modules need to load outside the client build, e.g. the plugin serving `virtual:house`. */
  plugins: () => PluginOption[];
}

export function prerenderedRoot({ entry, plugins }: Options): Plugin {
  return {
    name: 'prerendered-root',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has rewritten the page's own script and style tags: the markup is left as React wrote it.
      order: 'post',
      async handler(html) {
        if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no empty ${EMPTY_ROOT} to prerender into`);
        const { markup, address } = await render(entry, plugins());
        if (!html.includes(PAGE_START)) throw new Error(`index.html does not start its page with ${PAGE_START}`);
        // The room and language it shows, for the head script to compare with the visit's (src/firstScreen.ts).
        return html
          .replace(PAGE_START, `<html lang="${address.lang}" data-first-room="${address.room}" data-first-lang="${address.lang}">`)
          .replace(EMPTY_ROOT, `<div id="root">${markup}</div>`);
      },
    },
  };
}

interface FirstScreen {
  markup: string;
  address: { room: string; lang: string };
}

async function render(entry: string, plugins: PluginOption[]): Promise<FirstScreen> {
  let markup: string;
  let address: FirstScreen['address'];
  try {
    const { module } = await runnerImport<{ renderFirstScreen(): string; firstScreenAddress(): FirstScreen['address'] }>(entry, {
      plugins,
      logLevel: 'warn',
    });
    markup = module.renderFirstScreen();
    address = module.firstScreenAddress();
  } catch (error) {
    throw new Error(
      `Prerendering the page failed (${entry}). The first render must not need a browser: read window, ` +
        `navigator and storage in effects. ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  // The CSP refuses style attributes in markup, so such a style would silently not apply on the built page.
  const styled = markup.match(/<[^>]*\sstyle="[^"]*"/);
  if (styled) throw new Error(`The prerendered page has a style attribute, which the CSP refuses: ${styled[0]}`);
  return { markup, address };
}
