// Snap turning on the right thumbstick: a push left or right turns by a fixed angle, once per push, which is
// kinder to the stomach than a smooth turn.
import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { useXRInputSourceState } from '@react-three/xr';
import { tourStore } from '../state/tourStore';

const SNAP_DEG = 30;
const PUSH = 0.7;
const RELEASE = 0.3;

export function SnapTurn() {
  const right = useXRInputSourceState('controller', 'right');
  const latched = useRef(false);
  useFrame(() => {
    const x = right?.gamepad?.['xr-standard-thumbstick']?.xAxis ?? 0;
    if (!latched.current && Math.abs(x) > PUSH) {
      latched.current = true;
      tourStore.getState().look(Math.sign(x) * SNAP_DEG, 0);
    } else if (latched.current && Math.abs(x) < RELEASE) latched.current = false;
  });
  return null;
}
