// Whether this browser can enter VR, decided without loading any XR code: a headset browser says so through
// WebXR; on this machine's own address (localhost) the XR library's emulator stands in for a headset.
export type VrAvailability = 'headset' | 'emulator' | 'no-webxr' | 'no-headset';

export const isLoopbackHost = (hostname: string) => ['localhost', '127.0.0.1', '[::1]', '::1'].includes(hostname);

export async function vrAvailability(): Promise<VrAvailability> {
  if (isLoopbackHost(window.location.hostname)) return 'emulator';
  const xr = (navigator as Navigator & { xr?: { isSessionSupported(mode: string): Promise<boolean> } }).xr;
  if (!xr) return 'no-webxr';
  try {
    return (await xr.isSessionSupported('immersive-vr')) ? 'headset' : 'no-headset';
  } catch {
    return 'no-headset';
  }
}

/** The XR code, fetched once, when a visitor reaches for the VR button. */
export const loadXR = () => import('./xr/XRRoot');
