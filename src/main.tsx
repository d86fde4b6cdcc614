import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { preloadScene } from './App';
import { Page } from './Page';
import { hasWebGL2 } from './webgl';
import { tourStore } from './state/tourStore';
import { rememberProgress } from './state/rememberProgress';
import { reportCaughtError } from './AppErrorBoundary';
import { startupStore } from './startup/startupStore';
import './i18n';

// The stores are the app's one handle, for the console and for tests (the tour's, and the start-up's `ready`);
// nothing else is exposed.
Object.assign(window, { casaTrotsky: { store: tourStore, startup: startupStore } });
rememberProgress(tourStore);

const webgl = hasWebGL2();
// The GPU is already waking up: boot started that before the first paint.
if (webgl) void preloadScene();
else tourStore.getState().fallBackToText();

const page = <Page />;
// The built page already holds the first render (src/prerender.tsx): hydrating keeps those nodes, so what painted
// before the script ran stays on screen. Hydration reads the store's initial state, which is what was prerendered,
// whatever was recalled above; the dev server's page is empty and is rendered from scratch.
const root = document.getElementById('root')!;
// As a transition, hydration runs a few milliseconds at a time, so the painted page answers input meanwhile
// (measure `hydrate-in-transition`: it came with paint-before-app, FCP 2.8 → 1.2 s; without it, Lighthouse median
// 93 vs 96 (TBT 297 vs 224 ms), 7 interleaved runs each).
const hydrate = () => void hydrateRoot(root, page, { onCaughtError: reportCaughtError });
if (!root.firstElementChild) createRoot(root, { onCaughtError: reportCaughtError }).render(page);
else if (__STARTUP_OFF__.hydrateInTransition) hydrate();
else startTransition(hydrate);
