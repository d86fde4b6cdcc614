// Plays the store's glide: eases along its waypoints at walking-plus pace, turning towards the final heading,
// and reports each pose so the room, the URL and the minimap follow as doorways are crossed.
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { tourStore } from '../../state/tourStore';
import { GLIDE_MAX_MS, GLIDE_MIN_MS, GLIDE_SPEED_M_PER_S } from '../../plan/constants';
import type { Travel } from '../../plan/travel';

/** Longest frame time counted, in seconds. */
const MAX_FRAME_S = 0.1;
const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);
const shortestTurnDeg = (from: number, to: number) => ((((to - from) % 360) + 540) % 360) - 180;

export function GlideAnimator() {
  const invalidate = useThree((s) => s.invalidate);
  const playing = useRef<{ travel: Travel; elapsedMs: number; lengthsM: number[]; totalM: number } | null>(null);
  // Frames are drawn on demand: a new glide asks for the first one, and each frame of it asks for the next.
  useEffect(() => tourStore.subscribe((s, prev) => s.travel && s.travel !== prev.travel && invalidate()), [invalidate]);

  useFrame((_, delta) => {
    const { travel, pose } = tourStore.getState();
    if (!travel) {
      playing.current = null;
      return;
    }
    let p = playing.current;
    if (!p || p.travel !== travel) {
      const points = [travel.startedAtPose, ...travel.waypoints];
      const lengthsM = points.slice(1).map((q, i) => Math.hypot(q.xM - points[i].xM, q.zM - points[i].zM));
      p = playing.current = { travel, elapsedMs: 0, lengthsM, totalM: lengthsM.reduce((a, b) => a + b, 0) };
    }
    // After an idle spell the first delta spans the whole pause; a glide starts from its beginning.
    p.elapsedMs += Math.min(delta, MAX_FRAME_S) * 1000;
    const durationMs = Math.min(GLIDE_MAX_MS, Math.max(GLIDE_MIN_MS, (p.totalM / GLIDE_SPEED_M_PER_S) * 1000));
    const t = Math.min(1, p.elapsedMs / durationMs);
    if (t >= 1) {
      tourStore.getState().endTravel();
      playing.current = null;
      invalidate();
      return;
    }
    // Walk the polyline to the eased distance.
    let remaining = easeInOut(t) * p.totalM;
    const start = travel.startedAtPose;
    let x = start.xM;
    let z = start.zM;
    for (let i = 0; i < travel.waypoints.length; i++) {
      const to = travel.waypoints[i];
      const len = p.lengthsM[i];
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
    const headingDeg = start.headingDeg + turn * Math.min(1, t * 1.6);
    const pitchDeg = start.pitchDeg + (travel.end.pitchDeg - start.pitchDeg) * t;
    if (x !== pose.xM || z !== pose.zM || headingDeg !== pose.headingDeg)
      tourStore.getState().glideTo({ xM: x, zM: z, headingDeg, pitchDeg });
    invalidate();
  });
  return null;
}
