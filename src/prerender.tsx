// The page's first render as HTML, made at build time (build/prerenderedRoot.ts puts it into index.html) so the
// guide paints before any script has run; main.tsx then hydrates it. It is the store's default state (the garden,
// in English, nothing seen yet): the address, the language and remembered visits are applied by the client after
// hydrating, and the 3D view only after that, so this is also exactly what the client's hydrating render produces.
import { renderToString } from 'react-dom/server';
import { Page } from './Page';
import { tourStore } from './state/tourStore';
import './i18n';

export function renderFirstScreen(): string {
  return renderToString(<Page />);
}

/** Which room and language that render shows, written on the page's <html> for the head script (see firstScreen.ts). */
export function firstScreenAddress(): { room: string; lang: string } {
  const { roomId, lang } = tourStore.getState();
  return { room: roomId, lang };
}
