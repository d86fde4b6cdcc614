import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScene } from './App';
import { hasWebGL2 } from './webgl';
import { warmUpGpu } from './gpuWarmup';
import { tourStore } from './state/tourStore';
import { rememberProgress } from './state/rememberProgress';
import { AppErrorBoundary, reportCaughtError } from './AppErrorBoundary';
import './i18n';
import './styles.css';

// The store is the app's one handle, for the console and for tests; nothing else is exposed.
Object.assign(window, { casaTrotsky: { store: tourStore } });
rememberProgress(tourStore);

const webgl = hasWebGL2();
if (webgl) {
  warmUpGpu();
  void preloadScene();
}
else tourStore.getState().fallBackToText();

createRoot(document.getElementById('root')!, { onCaughtError: reportCaughtError }).render(
  <StrictMode>
    <AppErrorBoundary>
      <App />
    </AppErrorBoundary>
  </StrictMode>,
);
