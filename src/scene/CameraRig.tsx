// Puts the camera where the store says the visitor is. Runs only when the pose changes, then asks for a frame.
// While the overview holds the camera (see overview/cameraHold.ts) it leaves it alone, and puts it back on release.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { tourStore } from '../state/tourStore';
import type { Pose } from '../plan/travel';
import { EYE_HEIGHT_M } from '../plan/constants';
import { cameraHold } from './overview/cameraHold';

const DEG = Math.PI / 180;

export function CameraRig() {
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const apply = (pose: Pose) => {
      // In the headset the XR origin carries the visitor; the head moves the camera.
      if (tourStore.getState().vr === 'presenting' || cameraHold.isHeld()) return;
      camera.position.set(pose.xM, EYE_HEIGHT_M, pose.zM);
      // Heading turns clockwise from north; three's yaw turns counter-clockwise from −z.
      camera.rotation.set(pose.pitchDeg * DEG, -pose.headingDeg * DEG, 0, 'YXZ');
      camera.updateMatrixWorld();
      invalidate();
    };
    apply(tourStore.getState().pose);
    const released = cameraHold.onRelease(() => apply(tourStore.getState().pose));
    const moved = tourStore.subscribe((s, prev) => {
      if (s.pose !== prev.pose || s.vr !== prev.vr) apply(s.pose);
    });
    return () => {
      released();
      moved();
    };
  }, [camera, invalidate]);
  return null;
}
