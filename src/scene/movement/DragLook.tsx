// Drag with a mouse, pen or finger to look around. Dragging moves the view the way a panorama viewer does: the
// scene follows the pointer.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { tourStore } from '../../state/tourStore';
import { listenForDrags } from './listenForDrags';

const DEG_PER_PX = 0.25;

export function DragLook() {
  const element = useThree((s) => s.gl.domElement);
  useEffect(
    () => listenForDrags(element, (dx, dy) => tourStore.getState().look(-dx * DEG_PER_PX, dy * DEG_PER_PX)),
    [element],
  );
  return null;
}
