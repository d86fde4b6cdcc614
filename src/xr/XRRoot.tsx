// The scene as a headset sees it: the same house and hotspots, with the visitor's feet placed where the tour says
// they stand, teleporting by pointing at a floor, snap turns on the thumbstick, and captions as panels in the room.
// Loaded only when a visitor asks for VR.
import { useEffect, useRef, type ReactNode } from 'react';
import { XR, XROrigin } from '@react-three/xr';
import { useFrame } from '@react-three/fiber';
import { Vector3, type Group } from 'three';
import { tourStore, useTour } from '../state/tourStore';
import { enterVR, xrStore } from './xrStore';
import { TeleportFloor } from './TeleportFloor';
import { SnapTurn } from './SnapTurn';
import { CaptionPanel } from './CaptionPanel';

const DEG = Math.PI / 180;

/** Keeps the XR origin on the visitor's pose, and remembers where the headset last stood. */
function VisitorOrigin({ lastHead }: { lastHead: Vector3 }) {
  const pose = useTour((s) => s.pose);
  const origin = useRef<Group>(null);
  useFrame(({ camera }) => {
    if (xrStore.getState().session) camera.getWorldPosition(lastHead);
  });
  return <XROrigin ref={origin} position={[pose.xM, 0, pose.zM]} rotation={[0, -pose.headingDeg * DEG, 0]} />;
}

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
    </XR>
  );
}
