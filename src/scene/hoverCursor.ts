// What can be clicked in the 3D view shows the hand cursor under the pointer, as a link does on the page.
import type { ThreeEvent } from '@react-three/fiber';

/** Pointer handlers for a clickable object: when the pointer comes over it, `onHover(true)` and the hand cursor
 *  (for the nearest object only: the event goes no further); when it leaves, `onHover(false)` and the page's
 *  own cursor again. */
export function hoverCursor(onHover: (hovered: boolean) => void) {
  return {
    onPointerOver(e: ThreeEvent<PointerEvent>) {
      e.stopPropagation();
      onHover(true);
      document.body.style.cursor = 'pointer';
    },
    onPointerOut() {
      onHover(false);
      document.body.style.cursor = '';
    },
  };
}
