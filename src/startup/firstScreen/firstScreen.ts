// The prerendered first screen is the garden's guide in English (src/prerender.tsx). A visit to another room, or
// in Spanish, would show that wrong guide for the seconds until the app takes over. A small script in the page's
// head (firstScreen.head.ts, built as a classic script: it runs before the body is parsed, so before any paint)
// hides its words instead, leaving the loading screen; the app shows them again once it holds the visit's room
// and language.
import { initialLang } from '../../routing/initialLang';
import { roomNamedIn } from '../../routing/hash';

const ELSEWHERE = 'first-screen-elsewhere';

/** Hides the prerendered words if this visit asks for another room or language than the page's
 *  `data-first-room` and `data-first-lang` (written by build/prerenderedRoot.ts). An object named under another
 *  room than its own (which the app corrects) is judged by the room named. */
export function hideFirstScreenIfElsewhere(): void {
  const page = document.documentElement;
  const { firstRoom, firstLang } = page.dataset;
  if (!firstRoom) return;
  const askedRoom = roomNamedIn(window.location.hash);
  page.classList.toggle(ELSEWHERE, (askedRoom !== null && askedRoom !== firstRoom) || initialLang() !== firstLang);
}

/** Whether the first screen is hidden as another room's or language's. */
export const firstScreenIsElsewhere = () => document.documentElement.classList.contains(ELSEWHERE);

/** Called by the app once it shows the visit's own room and language. */
export function showFirstScreen(): void {
  document.documentElement.classList.remove(ELSEWHERE);
}
