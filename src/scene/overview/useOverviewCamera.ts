// The overview's camera: it takes the camera from the visitor's eyes (cameraHold), rises to the view from above in
// about a second, frames the whole site in the canvas' aspect (again on a resize), turns a little around the site
// under a drag, and, when the overview closes, flies down to the visitor's eyes (the room's entrance after
// flyIntoRoom) and lets go. Under reduced motion, in a headset, or before the view's first frame, it cuts.
// Frames are asked for only while it flies or moves.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import type { House } from '../../../rooms/validate';
import { tourStore } from '../../state/tourStore';
import { startupStore } from '../../startup/startupStore';
import { CAMERA } from '../cameraSettings';
import { listenForDrags } from '../movement/listenForDrags';
import { cameraHold } from './cameraHold';
import { CameraFlight, cameraPose, eyePose, placeCamera, type CameraPose } from './cameraFlight';
import { frameSite, type OverviewAngles } from './overviewFraming';

export type OverviewPhase = 'rising' | 'open' | 'landing';

const RISE_MS = 1000;
const LAND_MS = 1200;
/** Narrower than the eyes' 70°: from farther away the near and far ends of the site look closer in size. */
const OVERVIEW_FOV_DEG = 40;
/** From the south, looking 62° down: steep enough that a room's south wall hides little of its floor (at 55° the
 *  north row's floors were half hidden), low enough that the walls still stand up. */
const START_ANGLES: OverviewAngles = { fromDeg: 180, downDeg: 62 };
const TURN_DEG_PER_PX = 0.25;
const MAX_TURN_DEG = 45;
const MIN_DOWN_DEG = 35;
const MAX_DOWN_DEG = 85;

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/** Cuts, not flights: for a visitor who asked for less motion, in a headset, and while the view is not drawn yet. */
function cuts(): boolean {
  const s = tourStore.getState();
  return s.reducedMotion || s.vr === 'presenting' || !startupStore.getState().ready;
}

/** The top of what stands on the site, for the framing: the highest wall. */
export const siteTopM = (house: House) =>
  Math.max(house.outdoor.grounds?.perimeterWallHeightM ?? 0, ...house.order.map((id) => house.rooms[id].wallHeightM));

export function useOverviewCamera(house: House, onLanded: () => void): OverviewPhase {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const invalidate = useThree((s) => s.invalidate);
  const element = useThree((s) => s.gl.domElement);
  const aspect = useThree((s) => s.size.width / s.size.height);
  const [phase, setPhase] = useState<OverviewPhase>('rising');
  const flight = useMemo(() => new CameraFlight(), []);
  const angles = useRef({ ...START_ANGLES });
  const view = useRef({ phase, aspect, onLanded });
  view.current = { phase, aspect, onLanded };
  const topM = useMemo(() => siteTopM(house), [house]);

  const frame = (out: CameraPose) => {
    frameSite(house.outdoor.footprint, topM, angles.current, OVERVIEW_FOV_DEG, view.current.aspect, out.position, out.quaternion);
    out.fovDeg = OVERVIEW_FOV_DEG;
    return out;
  };
  // Where the view from above is, for a cut or a drag: made once.
  const above = useMemo(cameraPose, []);

  useEffect(() => {
    const rise = () => {
      frame(flight.to);
      if (cuts()) {
        flight.flying = false;
        placeCamera(camera, flight.to);
        setPhase('open');
      } else {
        flight.start(camera, RISE_MS, true);
        setPhase('rising');
      }
      invalidate();
    };
    const land = () => {
      eyePose(tourStore.getState().pose, CAMERA.fov, flight.to);
      if (cuts()) {
        flight.flying = false;
        placeCamera(camera, flight.to);
        view.current.onLanded();
      } else {
        flight.start(camera, LAND_MS, false);
        setPhase('landing');
      }
      invalidate();
    };
    cameraHold.hold();
    // Closed again while this was being fetched: nothing to show.
    if (tourStore.getState().overview) rise();
    else view.current.onLanded();
    const unsubscribe = tourStore.subscribe((s, prev) => {
      if (s.overview !== prev.overview) (s.overview ? rise : land)();
    });
    return () => {
      unsubscribe();
      flight.flying = false;
      placeCamera(camera, eyePose(tourStore.getState().pose, CAMERA.fov, flight.to));
      cameraHold.release();
    };
    // Once for the overview's life: the house and the camera do not change while it is mounted.
  }, []);

  // A new size frames the site again, also as the flight's destination while it rises.
  useEffect(() => {
    if (phase === 'rising') frame(flight.to);
    if (phase !== 'open') return;
    placeCamera(camera, frame(above));
    invalidate();
  }, [aspect, phase]);

  useFrame(() => {
    if (!flight.flying) return;
    if (!flight.step(camera, performance.now())) return invalidate();
    if (flight.rising) setPhase('open');
    else view.current.onLanded();
  });

  // Dragging turns the view around the site, a little, and tilts it.
  useEffect(
    () =>
      listenForDrags(element, (dx, dy) => {
        if (view.current.phase !== 'open') return;
        const a = angles.current;
        a.fromDeg = clamp(a.fromDeg - dx * TURN_DEG_PER_PX, START_ANGLES.fromDeg - MAX_TURN_DEG, START_ANGLES.fromDeg + MAX_TURN_DEG);
        a.downDeg = clamp(a.downDeg + dy * TURN_DEG_PER_PX, MIN_DOWN_DEG, MAX_DOWN_DEG);
        placeCamera(camera, frame(above));
        invalidate();
      }),
    [element],
  );

  return phase;
}
