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

/**
 * `onDpr` hands the new ratio to the Canvas as its `dpr` prop. Set on R3F's store directly, it lasted only until
 * the Canvas next rendered: R3F then applied the prop's range again, resizing the canvas back to full resolution
 * (and rebuilding its drawing buffer) in the middle of whatever the visitor did next, a doorway's first frame
 * among them (+70–100 ms here).
 */
export function AdaptiveResolution({ onDpr }: { onDpr(dpr: number): void }) {
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
    if (Math.abs(next - s.dpr) > 0.01) onDpr((s.dpr = next));
  });
  return null;
}
