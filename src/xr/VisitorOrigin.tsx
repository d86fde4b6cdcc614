// Where the headset's floor origin sits in the house. The tour's pose is where the visitor's head should be: each
// time the pose changes (a teleport, a snap turn, a doorway), the origin is placed so that the head lands exactly
// there, turned to the pose's heading around the head itself. Walking about the real room moves the head away from
// the pose; the pose then follows the head, so the current room, the address and the floor plan stay in step.
import { useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { XROrigin } from '@react-three/xr';
import { Vector3, type Group } from 'three';
import { tourStore } from '../state/tourStore';
import type { Pose } from '../plan/travel';
import { xrStore } from './xrStore';

const DEG = Math.PI / 180;
const UP = new Vector3(0, 1, 0);
/** How far the head may wander from the pose before the pose catches up; small enough that a doorway counts. */
const HEAD_FOLLOW_M = 0.25;

const headOffset = new Vector3();

export function VisitorOrigin({ lastHead }: { lastHead: Vector3 }) {
  const origin = useRef<Group>(null);
  const placedFor = useRef<Pose | null>(null);
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  useFrame(() => {
    const o = origin.current;
    if (!o) return;
    const { pose, teleportTo } = tourStore.getState();
    if (placedFor.current !== pose) {
      placedFor.current = pose;
      const yawRad = -pose.headingDeg * DEG;
      // The head's place within the tracked space, turned as the origin will be.
      headOffset.set(xrCamera.position.x, 0, xrCamera.position.z).applyAxisAngle(UP, yawRad);
      o.rotation.set(0, yawRad, 0);
      o.position.set(pose.xM - headOffset.x, 0, pose.zM - headOffset.z);
      o.updateMatrixWorld();
    }
    if (!xrStore.getState().session) return;
    xrCamera.getWorldPosition(lastHead);
    if (Math.hypot(lastHead.x - pose.xM, lastHead.z - pose.zM) > HEAD_FOLLOW_M) {
      // Where the head may not stand (inside a wall or a desk) the pose stays; the origin does not move either way.
      teleportTo({ xM: lastHead.x, zM: lastHead.z });
      placedFor.current = tourStore.getState().pose;
    }
  });
  return <XROrigin ref={origin} />;
}
