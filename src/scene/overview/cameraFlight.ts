// A flight of the camera between two poses: up from the visitor's eyes to the view from above, or down into a room.
// Rising, the camera climbs first and travels after, so it leaves a room through its open top rather than through a
// wall; coming down it travels first and lands last. It tilts with its height, not with its travel: turned level
// while still high (as it was at first), it looked at nothing but sky for half the flight down. Preallocated: it is
// stepped every frame while it flies.
import { Euler, Quaternion, Vector3, type PerspectiveCamera } from 'three';
import type { Pose } from '../../plan/travel';
import { EYE_HEIGHT_M } from '../../plan/constants';

const DEG = Math.PI / 180;

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);
const easeOut = (t: number) => 1 - (1 - t) ** 2;
const easeIn = (t: number) => t * t;

export interface CameraPose {
  position: Vector3;
  quaternion: Quaternion;
  fovDeg: number;
}

export const cameraPose = (): CameraPose => ({ position: new Vector3(), quaternion: new Quaternion(), fovDeg: 0 });

const euler = new Euler(0, 0, 0, 'YXZ');

/** The visitor's eyes at a pose, as CameraRig places the camera. */
export function eyePose(pose: Pose, fovDeg: number, out: CameraPose): CameraPose {
  out.position.set(pose.xM, EYE_HEIGHT_M, pose.zM);
  // Heading turns clockwise from north; three's yaw turns counter-clockwise from −z.
  out.quaternion.setFromEuler(euler.set(pose.pitchDeg * DEG, -pose.headingDeg * DEG, 0, 'YXZ'));
  out.fovDeg = fovDeg;
  return out;
}

export function poseOf(camera: PerspectiveCamera, out: CameraPose): CameraPose {
  out.position.copy(camera.position);
  out.quaternion.copy(camera.quaternion);
  out.fovDeg = camera.fov;
  return out;
}

export function placeCamera(camera: PerspectiveCamera, pose: CameraPose): void {
  camera.position.copy(pose.position);
  camera.quaternion.copy(pose.quaternion);
  setFov(camera, pose.fovDeg);
  camera.updateMatrixWorld();
}

function setFov(camera: PerspectiveCamera, fovDeg: number): void {
  if (camera.fov === fovDeg) return;
  camera.fov = fovDeg;
  camera.updateProjectionMatrix();
}

export class CameraFlight {
  readonly from = cameraPose();
  readonly to = cameraPose();
  startedAtMs = 0;
  durationMs = 0;
  rising = true;
  flying = false;

  /** From where the camera is now to `to` (already set), over `durationMs`. */
  start(camera: PerspectiveCamera, durationMs: number, rising: boolean): void {
    poseOf(camera, this.from);
    this.startedAtMs = performance.now();
    this.durationMs = durationMs;
    this.rising = rising;
    this.flying = true;
  }

  /** Moves the camera to where the flight is at `nowMs`; true once it has arrived. */
  step(camera: PerspectiveCamera, nowMs: number): boolean {
    const t = Math.min(1, Math.max(0, (nowMs - this.startedAtMs) / this.durationMs));
    const along = easeInOut(t);
    const height = this.rising ? easeOut(t) : easeIn(t);
    const { from, to } = this;
    camera.position.set(
      from.position.x + (to.position.x - from.position.x) * along,
      from.position.y + (to.position.y - from.position.y) * height,
      from.position.z + (to.position.z - from.position.z) * along,
    );
    camera.quaternion.slerpQuaternions(from.quaternion, to.quaternion, height);
    setFov(camera, from.fovDeg + (to.fovDeg - from.fovDeg) * along);
    camera.updateMatrixWorld();
    if (t >= 1) this.flying = false;
    return t >= 1;
  }
}
