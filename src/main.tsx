import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { preloadScene } from './App';
import { Page } from './Page';
import { hasWebGL2 } from './webgl';
import { tourStore } from './state/tourStore';
import { rememberProgress } from './state/rememberProgress';
import { reportCaughtError } from './AppErrorBoundary';
import './i18n';

// The store is the app's one handle, for the console and for tests; nothing else is exposed.
Object.assign(window, { casaTrotsky: { store: tourStore } });
rememberProgress(tourStore);

const webgl = hasWebGL2();
// The GPU is already waking up: boot.ts started that before the first paint.
if (webgl) void preloadScene();
else tourStore.getState().fallBackToText();

const page = <Page />;
// The built page already holds the first render (src/prerender.tsx): hydrating keeps those nodes, so what painted
// before the script ran stays on screen. Hydration reads the store's initial state, which is what was prerendered,
// whatever was recalled above; the dev server's page is empty and is rendered from scratch.
const root = document.getElementById('root')!;
// As a transition, hydration runs a few milliseconds at a time, so the painted page answers input meanwhile.
if (root.firstElementChild) startTransition(() => void hydrateRoot(root, page, { onCaughtError: reportCaughtError }));
else createRoot(root, { onCaughtError: reportCaughtError }).render(page);
