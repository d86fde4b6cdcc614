// Puts the camera where the store says the visitor is. Runs only when the pose changes, then asks for a frame.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { tourStore } from '../state/tourStore';
import type { Pose } from '../plan/travel';
import { EYE_HEIGHT_M } from '../plan/constants';

const DEG = Math.PI / 180;

export function CameraRig() {
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const apply = (pose: Pose) => {
      // In the headset the XR origin carries the visitor; the head moves the camera.
      if (tourStore.getState().vr === 'presenting') return;
      camera.position.set(pose.xM, EYE_HEIGHT_M, pose.zM);
      // Heading turns clockwise from north; three's yaw turns counter-clockwise from −z.
      camera.rotation.set(pose.pitchDeg * DEG, -pose.headingDeg * DEG, 0, 'YXZ');
      camera.updateMatrixWorld();
      invalidate();
    };
    apply(tourStore.getState().pose);
    return tourStore.subscribe((s, prev) => {
      if (s.pose !== prev.pose || s.vr !== prev.vr) apply(s.pose);
    });
  }, [camera, invalidate]);
  return null;
}
