// The XR store, created once, outside any component. On the machine's own address the library's emulator (IWER)
// stands in for a headset, without its synthetic room (megabytes of room scans the tour does not need).
import { createXRStore } from '@react-three/xr';
import type { Headset } from '../state/tourStore';
import { isLoopbackHost } from '../xrSupport';
import { TourController } from './TourController';

const emulating = isLoopbackHost(window.location.hostname);
/** The emulator's code is fetched after the store is made; a slow machine may take a while. */
const EMULATOR_WAIT_MS = 30_000;

export const xrStore = createXRStore({
  emulate: emulating ? { type: 'metaQuest3', inject: true, syntheticEnvironment: false } : false,
  offerSession: false,
  // Controller layouts (which button is which) from our own site, not the library's default CDN.
  baseAssetPath: new URL('xr-profiles/', document.baseURI).href,
  // No controller or hand models: the library fetches them from a CDN, and the tour loads nothing from elsewhere.
  // The rays and the teleport arc still show where the visitor points.
  // Nothing in the house is picked up, so no grab pointer: its touch of the nearest wall would otherwise win over
  // the ray that points at a hotspot across the room. Controllers aim the teleport arc with the thumbstick.
  controller: TourController,
  hand: { model: false, grabPointer: false, teleportPointer: true },
});

async function headsetSupportsVR(): Promise<boolean> {
  try {
    return (await navigator.xr?.isSessionSupported('immersive-vr')) ?? false;
  } catch {
    return false;
  }
}

/** Resolves once the library has put its emulator in place (it does so only where no real headset answers). */
function emulatorInstalled(): Promise<void> {
  if (xrStore.getState().emulator) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error('the headset emulator did not start'));
    }, EMULATOR_WAIT_MS);
    const unsubscribe = xrStore.subscribe((s) => {
      if (!s.emulator) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
}

/** Starts an immersive-vr session; where the emulator stands in, only once it has installed itself, since
 *  asking before then finds no WebXR at all. */
async function enterVR(): Promise<void> {
  if (emulating && !(await headsetSupportsVR())) await emulatorInstalled();
  await xrStore.enterVR();
}

/** The way in and out that the tour's store is lent (connectHeadset), so that its requestVR and exitVR decide. */
export const headset: Headset = {
  enter: enterVR,
  exit: () => void xrStore.getState().session?.end(),
};

// The app's own handles, for the console and for tests.
Object.assign((window as unknown as { casaTrotsky: object }).casaTrotsky ?? {}, { xrStore });
