// The whole page as React renders it, in one place: the client (main.tsx) and the build's prerender
// (prerender.tsx) must wrap it identically, or hydration would not match element by element.
import { StrictMode } from 'react';
import { App } from './App';
import { AppErrorBoundary } from './AppErrorBoundary';

export function Page() {
  return (
    <StrictMode>
      <AppErrorBoundary>
        <App />
      </AppErrorBoundary>
    </StrictMode>
  );
}
