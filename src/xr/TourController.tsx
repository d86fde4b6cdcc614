// Each controller as the tour uses it: a ray for pointing at hotspots and doorway signs (the trigger selects), and,
// while the thumbstick is pushed forward, the teleport arc instead (the trigger jumps to where it lands). Keeping
// the two apart means the arc, which always finds some floor, never steals the ray from a hotspot across the room.
// The left controller carries the time control (EraPlates).
import { useRef, useState } from 'react';
import { useFrame } from '@react-three/fiber';
import { DefaultXRController, useXRInputSourceStateContext } from '@react-three/xr';
import { EraPlates } from './EraPlates';

const PUSH = 0.6;
const RELEASE = 0.3;
/** Nothing in the tour is long-pressed, so a press and release on the same thing selects it however long it was
 *  held: visitors new to headsets press slowly. */
const RAY = { clickThresholdMs: Infinity };

export function TourController() {
  const state = useXRInputSourceStateContext('controller');
  const [aimingTeleport, setAimingTeleport] = useState(false);
  const aiming = useRef(false);
  useFrame(() => {
    // Forward on the stick is a negative y.
    const forward = -(state.gamepad['xr-standard-thumbstick']?.yAxis ?? 0);
    const next = aiming.current ? forward > RELEASE : forward > PUSH;
    if (next === aiming.current) return;
    aiming.current = next;
    setAimingTeleport(next);
  });
  return (
    <>
      <DefaultXRController model={false} grabPointer={false} rayPointer={aimingTeleport ? false : RAY} teleportPointer={aimingTeleport} />
      {state.inputSource.handedness === 'left' && <EraPlates />}
    </>
  );
}
