// The guided tour on the controllers' face buttons, while a tour is under way: on the right controller A goes to the
// next stop and B to the previous one; on the left, X plays or pauses. Each acts once per press (on the press, not
// while held), as the panel's plates do.
import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { useXRInputSourceState } from '@react-three/xr';
import { tourStore } from '../state/tourStore';

type Held = { a: boolean; b: boolean; x: boolean };

const togglePlaying = () => {
  const { guided, playTour, pauseTour } = tourStore.getState();
  if (guided?.playing) pauseTour();
  else playTour();
};

export function TourButtons() {
  const right = useXRInputSourceState('controller', 'right');
  const left = useXRInputSourceState('controller', 'left');
  const held = useRef<Held>({ a: false, b: false, x: false }).current;
  useFrame(() => {
    const a = right?.gamepad['a-button']?.state === 'pressed';
    const b = right?.gamepad['b-button']?.state === 'pressed';
    const x = left?.gamepad['x-button']?.state === 'pressed';
    const pressedA = a && !held.a;
    const pressedB = b && !held.b;
    const pressedX = x && !held.x;
    held.a = a;
    held.b = b;
    held.x = x;
    if (!tourStore.getState().guided) return;
    if (pressedA) tourStore.getState().nextStop();
    if (pressedB) tourStore.getState().previousStop();
    if (pressedX) togglePlaying();
  });
  return null;
}
