// Builds a module into a classic script and links it from the page's <head>. Module scripts (the app's) run only
// once the page is parsed, often after it has painted; a classic script in the head runs before the body is even
// parsed. Kept tiny: it holds up the first paint for as long as it takes to fetch and run (Lighthouse FCP +150 ms
// simulated, LCP unchanged), for src/startup/firstScreen/: a visit to another room or language never shows the
// garden's English guide first. Not a speed measure, so not switchable. Build only.
import { createHash } from 'node:crypto';
import { build } from 'rolldown';
import type { Plugin } from 'vite';

export function headScript({ entry, name }: { entry: string; name: string }): Plugin {
  let fileName = '';
  return {
    name: 'head-script',
    apply: 'build',
    async buildStart() {
      const { output } = await build({ input: entry, write: false, output: { format: 'iife', minify: true }, logLevel: 'silent' });
      const code = output[0].code;
      fileName = `assets/${name}-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        // Last in the head: the stylesheet, also needed for the first paint, is asked for first.
        if (!html.includes('</head>')) throw new Error('index.html has no </head> to put the head script before');
        return html.replace('</head>', `  <script src="./${fileName}"></script>\n  </head>`);
      },
    },
  };
}
