// Lowers the canvas resolution while frames are slow and raises it again when there is room, so walking stays
// smooth on a modest phone. Frames are drawn on demand, so only back-to-back frames (movement, glides) are timed:
// an idle pause between two frames says nothing about speed. (drei's PerformanceMonitor counts frames per time
// window, which reads an idle on-demand canvas as a slow one.)
import { useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';

const MIN_DPR = 0.5;
const MAX_DPR = 2;
/** Frames further apart than this were not drawn back to back. */
const IDLE_GAP_MS = 250;
const SAMPLE_FRAMES = 8;
/** Slower than ~25 fps: drop resolution; faster than ~50 fps: raise it. */
const SLOW_FRAME_MS = 40;
const FAST_FRAME_MS = 20;
const STEP = 0.75;

export function AdaptiveResolution() {
  const setDpr = useThree((s) => s.setDpr);
  const initialDpr = useThree((s) => s.viewport.dpr);
  const state = useRef({ lastMs: 0, sumMs: 0, count: 0, dpr: initialDpr });
  useFrame(() => {
    const s = state.current;
    const now = performance.now();
    const gap = now - s.lastMs;
    s.lastMs = now;
    if (gap > IDLE_GAP_MS) return;
    s.sumMs += gap;
    if (++s.count < SAMPLE_FRAMES) return;
    const mean = s.sumMs / s.count;
    s.sumMs = s.count = 0;
    const ceiling = Math.min(MAX_DPR, window.devicePixelRatio || 1);
    const next =
      mean > SLOW_FRAME_MS ? Math.max(MIN_DPR, s.dpr * STEP) : mean < FAST_FRAME_MS ? Math.min(ceiling, s.dpr / STEP) : s.dpr;
    if (Math.abs(next - s.dpr) > 0.01) setDpr((s.dpr = next));
  });
  return null;
}
