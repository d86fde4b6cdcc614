// The scene as a headset sees it: the same house and hotspots, with the visitor's feet placed where the tour says
// they stand, teleporting by pointing at a floor, snap turns on the thumbstick, and captions as panels in the room.
// Loaded only when a visitor asks for VR.
import { useEffect, useRef, type ReactNode } from 'react';
import { XR } from '@react-three/xr';
import { Vector3 } from 'three';
import { tourStore } from '../state/tourStore';
import { enterVR, xrStore } from './xrStore';
import { TeleportFloor } from './TeleportFloor';
import { SnapTurn } from './SnapTurn';
import { CaptionPanel } from './CaptionPanel';
import { VisitorOrigin } from './VisitorOrigin';
import { TeleportFade } from './TeleportFade';

export default function XRRoot({ children }: { children: ReactNode }) {
  const lastHead = useRef(new Vector3()).current;
  useEffect(() => {
    const unsubscribe = xrStore.subscribe((s, prev) => {
      if (s.session && !prev.session) tourStore.getState().vrStarted();
      if (!s.session && prev.session) {
        const { pose } = tourStore.getState();
        tourStore.getState().vrEnded({ ...pose, xM: lastHead.x, zM: lastHead.z });
      }
    });
    if (tourStore.getState().vr === 'starting')
      enterVR().catch((error: unknown) => {
        console.warn('VR could not start:', error);
        tourStore.getState().vrFailed();
      });
    return unsubscribe;
  }, [lastHead]);
  return (
    <XR store={xrStore}>
      <VisitorOrigin lastHead={lastHead} />
      {children}
      <TeleportFloor />
      <SnapTurn />
      <CaptionPanel />
      <TeleportFade />
    </XR>
  );
}
