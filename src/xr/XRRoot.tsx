// The scene as a headset sees it: the same house and hotspots, with the visitor's feet placed where the tour says
// they stand, teleporting by pointing at a floor, snap turns on the thumbstick, captions and the guided tour as
// panels in the room, and the tour on the controllers' buttons. Loaded only when a visitor asks for VR.
import { useEffect, useRef, type ReactNode } from 'react';
import { XR } from '@react-three/xr';
import { Vector3 } from 'three';
import { tourStore } from '../state/tourStore';
import { headset, xrStore } from './xrStore';
import { TeleportFloor } from './TeleportFloor';
import { SnapTurn } from './SnapTurn';
import { CaptionPanel } from './CaptionPanel';
import { VisitorOrigin } from './VisitorOrigin';
import { TeleportFade } from './TeleportFade';
import { TourPanel } from './TourPanel';
import { TourButtons } from './TourButtons';
import { addXrStrings } from './i18n/addXrStrings';

addXrStrings();

export default function XRRoot({ children }: { children: ReactNode }) {
  const lastHead = useRef(new Vector3()).current;
  useEffect(() => {
    // The XR store reports what the session does; the tour's store decides when to enter and leave, through the
    // headset lent here (if VR was asked for while this code loaded, it enters now).
    const reportSessions = xrStore.subscribe((s, prev) => {
      if (s.session && !prev.session) tourStore.getState().vrStarted();
      if (!s.session && prev.session) {
        const { pose } = tourStore.getState();
        tourStore.getState().vrEnded({ ...pose, xM: lastHead.x, zM: lastHead.z });
      }
    });
    const takeBack = tourStore.getState().connectHeadset(headset);
    return () => {
      takeBack();
      reportSessions();
    };
  }, [lastHead]);
  return (
    <XR store={xrStore}>
      <VisitorOrigin lastHead={lastHead} />
      {children}
      <TeleportFloor />
      <SnapTurn />
      <CaptionPanel />
      <TourPanel />
      <TourButtons />
      <TeleportFade />
    </XR>
  );
}
