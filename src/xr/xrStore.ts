// The XR store, created once, outside any component. On the machine's own address the library's emulator (IWER)
// stands in for a headset, without its synthetic room (megabytes of room scans the tour does not need).
import { createXRStore } from '@react-three/xr';
import { isLoopbackHost } from '../xrSupport';

export const xrStore = createXRStore({
  emulate: isLoopbackHost(window.location.hostname) ? { type: 'metaQuest3', inject: true, syntheticEnvironment: false } : false,
  offerSession: false,
  // Controller layouts (which button is which) from our own site, not the library's default CDN.
  baseAssetPath: new URL('xr-profiles/', document.baseURI).href,
  // No controller or hand models: the library fetches them from a CDN, and the tour loads nothing from elsewhere.
  // The rays and the teleport arc still show where the visitor points.
  controller: { model: false, teleportPointer: true },
  hand: { model: false, teleportPointer: true },
});

// The app's own handles, for the console and for tests.
Object.assign((window as unknown as { casaTrotsky: object }).casaTrotsky ?? {}, { xrStore });
