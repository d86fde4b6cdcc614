// Plays the store's glide: eases along its waypoints, turning towards the final heading, and reports each pose so
// the room, the URL and the minimap follow as doorways are crossed. The store planned the glide (its legs and
// duration) and ends it itself at its planned time, so this only draws what lies between.
import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { tourStore } from '../../state/tourStore';

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);
const shortestTurnDeg = (from: number, to: number) => ((((to - from) % 360) + 540) % 360) - 180;
/** The heading reaches its end before the position does: the visitor looks where they are going. */
const TURN_AHEAD = 1.6;

export function GlideAnimator() {
  const invalidate = useThree((s) => s.invalidate);
  // Frames are drawn on demand: a new glide asks for the first one, and each frame of it asks for the next.
  useEffect(() => tourStore.subscribe((s, prev) => s.travel && s.travel !== prev.travel && invalidate()), [invalidate]);

  useFrame(() => {
    const { travel, pose } = tourStore.getState();
    if (!travel) return;
    // On the store's clock, so that the picture arrives when the store ends the glide.
    const t = Math.min(1, (performance.now() - travel.startedAtMs) / travel.durationMs);
    // Walk the polyline to the eased distance.
    let remaining = easeInOut(t) * travel.lengthM;
    const start = travel.startedAtPose;
    let x = start.xM;
    let z = start.zM;
    for (let i = 0; i < travel.waypoints.length; i++) {
      const to = travel.waypoints[i];
      const len = travel.legsM[i];
      if (remaining <= len || i === travel.waypoints.length - 1) {
        const f = len > 0 ? Math.min(1, remaining / len) : 1;
        x += (to.xM - x) * f;
        z += (to.zM - z) * f;
        break;
      }
      remaining -= len;
      x = to.xM;
      z = to.zM;
    }
    const turn = shortestTurnDeg(start.headingDeg, travel.end.headingDeg);
    const headingDeg = start.headingDeg + turn * Math.min(1, t * TURN_AHEAD);
    const pitchDeg = start.pitchDeg + (travel.end.pitchDeg - start.pitchDeg) * t;
    if (x !== pose.xM || z !== pose.zM || headingDeg !== pose.headingDeg)
      tourStore.getState().glideTo({ xM: x, zM: z, headingDeg, pitchDeg });
    // Once there, the store's end of the glide moves the camera (CameraRig) and asks for that frame.
    if (t < 1) invalidate();
  });
  return null;
}
