// Drag with a mouse, pen or finger to look around. Dragging moves the view the way a panorama viewer does: the
// scene follows the pointer.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { tourStore } from '../../state/tourStore';

const DEG_PER_PX = 0.25;

export function DragLook() {
  const element = useThree((s) => s.gl.domElement);
  useEffect(() => {
    let last: { x: number; y: number; id: number } | null = null;
    const down = (e: PointerEvent) => {
      if (e.button !== 0) return;
      last = { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const move = (e: PointerEvent) => {
      if (!last || e.pointerId !== last.id) return;
      const dx = e.clientX - last.x;
      const dy = e.clientY - last.y;
      last.x = e.clientX;
      last.y = e.clientY;
      if (dx || dy) tourStore.getState().look(-dx * DEG_PER_PX, dy * DEG_PER_PX);
    };
    const up = (e: PointerEvent) => {
      if (last && e.pointerId === last.id) last = null;
    };
    element.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    return () => {
      element.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
  }, [element]);
  return null;
}
