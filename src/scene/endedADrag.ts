// A click that ends a drag is the visitor looking around, not choosing a place or an object.
import type { ThreeEvent } from '@react-three/fiber';

const CLICK_SLOP_PX = 6;

/** Screen pointers carry how far they moved since pressed; a headset's ray has no such distance (asking throws). */
export function endedADrag(e: ThreeEvent<MouseEvent>): boolean {
  return e.nativeEvent instanceof MouseEvent && e.delta > CLICK_SLOP_PX;
}
