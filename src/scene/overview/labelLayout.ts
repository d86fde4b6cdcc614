// Keeps the rooms' names readable from above: each plate is sized to the same height on screen, turned to the
// camera, and put in one of a few lanes across its room (middle, north, south) where it overlaps no plate placed
// before it nor the visitor's marker. The widest names are placed first: the narrow bathroom's long name takes the
// middle of its row and its neighbours' short ones step aside. Runs every frame the overview draws (a drag moves
// the plates on screen), in scratch vectors.
import { Vector3, type Camera, type Group, type Mesh, type PerspectiveCamera } from 'three';
import type { LabelPlace } from './labelPlaces';

/** The plates' height on screen, in CSS pixels (text half of it), on a canvas of 800 px or more each way; smaller on
 *  a smaller one, down to MIN_PLATE_PX (text 10 px), or a phone's 390 px wide view could not hold the north row's
 *  five names. */
export const PLATE_PX = 28;
const MIN_PLATE_PX = 20;
const CANVAS_PX_PER_PLATE_PX = 28;
/** Room left between two plates, or a plate and the marker: none, the plates' round ends leave a little. With more,
 *  a row of 6 m deep rooms (two lanes 5 m apart, 29 px on a 900 × 800 canvas) could not hold two rows of names. */
const GAP_PX = 0;
/** Half the visitor marker's size on screen, kept clear of names. */
const MARKER_HALF_PX = 22;
const DEG = Math.PI / 180;

export interface LabelEntry {
  group: Group;
  /** Null until the label is painted. */
  mesh: Mesh | null;
  /** Width over height of the plate. */
  aspect: number;
  place: LabelPlace;
}

interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const v = new Vector3();
const placed: Rect[] = [];
const candidate: Rect = { x0: 0, x1: 0, y0: 0, y1: 0 };
const best: Rect = { x0: 0, x1: 0, y0: 0, y1: 0 };
const LANES = [0, -1, 1];

/** Where a world point lands on screen, in CSS pixels, into the scratch `v`; returns its depth before the camera. */
function toScreen(camera: Camera, x: number, y: number, z: number, width: number, height: number): number {
  v.set(x, y, z).applyMatrix4(camera.matrixWorldInverse);
  const depth = -v.z;
  v.applyMatrix4(camera.projectionMatrix);
  v.set(((v.x + 1) / 2) * width, ((1 - v.y) / 2) * height, 0);
  return depth;
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) + GAP_PX;
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) + GAP_PX;
  return w > 0 && h > 0 ? w * h : 0;
}

function pooled(i: number): Rect {
  return (placed[i] ??= { x0: 0, x1: 0, y0: 0, y1: 0 });
}

/** `entries` in the order to place them (widest first); `marker` is where the visitor stands, on the floor. */
export function layOutLabels(entries: readonly LabelEntry[], camera: PerspectiveCamera, width: number, height: number, marker: Vector3 | null): void {
  camera.updateMatrixWorld();
  const tanHalfFov = Math.tan((camera.fov * DEG) / 2);
  const platePx = Math.max(MIN_PLATE_PX, Math.min(PLATE_PX, Math.min(width, height) / CANVAS_PX_PER_PLATE_PX));
  let count = 0;
  if (marker) {
    toScreen(camera, marker.x, marker.y, marker.z, width, height);
    const r = pooled(count++);
    r.x0 = v.x - MARKER_HALF_PX;
    r.x1 = v.x + MARKER_HALF_PX;
    r.y0 = v.y - MARKER_HALF_PX;
    r.y1 = v.y + MARKER_HALF_PX;
  }
  for (const entry of entries) {
    const { group, mesh, aspect, place } = entry;
    if (!mesh) continue;
    const halfW = (platePx * aspect) / 2;
    const halfH = platePx / 2;
    let bestOverlap = Infinity;
    let bestLane = 0;
    for (const lane of LANES) {
      toScreen(camera, place.xM, place.yM, place.zM + lane * place.laneM, width, height);
      candidate.x0 = v.x - halfW;
      candidate.x1 = v.x + halfW;
      candidate.y0 = v.y - halfH;
      candidate.y1 = v.y + halfH;
      let total = 0;
      for (let i = 0; i < count; i++) total += overlap(candidate, placed[i]);
      if (total < bestOverlap) {
        bestOverlap = total;
        bestLane = lane;
        Object.assign(best, candidate);
      }
      if (total === 0) break;
    }
    Object.assign(pooled(count++), best);
    group.position.set(place.xM, place.yM, place.zM + bestLane * place.laneM);
    group.quaternion.copy(camera.quaternion);
    // World metres per screen pixel at the plate's depth, so every plate is platePx tall on screen.
    const depth = toScreen(camera, group.position.x, group.position.y, group.position.z, width, height);
    const heightM = (platePx * 2 * depth * tanHalfFov) / height;
    mesh.scale.set(heightM * aspect, heightM, 1);
  }
}
