// Where the camera stands to see the whole site from above: from a compass direction and an angle down, as close
// as it can while every corner of the site's box stays inside the view at the canvas' aspect. Works in scratch
// vectors: it runs on every drag of the view.
import { Matrix4, Quaternion, Vector3 } from 'three';
import type { Footprint } from '../../../rooms/schema';

export interface OverviewAngles {
  /** The compass direction the camera stands in, seen from the site: 180 is the south. */
  fromDeg: number;
  /** How far the view looks down from the horizontal. */
  downDeg: number;
}

/** The share of the canvas the site may fill, each way: a margin for the labels at its edges. */
const FILL = 0.9;
/** Centring the framed site again moves the aim less each time; three rounds leave under a pixel here. */
const CENTRING_ROUNDS = 3;
const DEG = Math.PI / 180;

const back = new Vector3();
const right = new Vector3();
const up = new Vector3();
const aim = new Vector3();
const corner = new Vector3();
const basis = new Matrix4();
const WORLD_UP = new Vector3(0, 1, 0);

/** Sets `position` and `quaternion` to the camera's pose over the site's box (its footprint, up to `topM`). */
export function frameSite(
  site: Footprint,
  topM: number,
  angles: OverviewAngles,
  fovDeg: number,
  aspect: number,
  position: Vector3,
  quaternion: Quaternion,
): void {
  // Compass directions: north is −z, east is +x; from the aim towards the camera.
  const from = angles.fromDeg * DEG;
  const down = angles.downDeg * DEG;
  back.set(Math.sin(from) * Math.cos(down), Math.sin(down), -Math.cos(from) * Math.cos(down));
  right.crossVectors(WORLD_UP, back).normalize();
  up.crossVectors(back, right);
  const tanV = Math.tan((fovDeg * DEG) / 2) * FILL;
  const tanH = tanV * aspect;
  aim.set(site.xM + site.widthM / 2, 0, site.zM + site.depthM / 2);

  let distanceM = 0;
  for (let round = 0; round <= CENTRING_ROUNDS; round++) {
    // Each corner is in view from this distance on: its offset across the view within the view's half-width at
    // its depth (the camera's distance less how far the corner stands towards it).
    distanceM = 0;
    for (let i = 0; i < 8; i++) {
      cornerOf(site, topM, i).sub(aim);
      const towards = corner.dot(back);
      distanceM = Math.max(distanceM, towards + Math.abs(corner.dot(right)) / tanH, towards + Math.abs(corner.dot(up)) / tanV);
    }
    if (round === CENTRING_ROUNDS) break;
    // The near side of the site looks bigger than the far side: aim at the middle of what is seen.
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < 8; i++) {
      cornerOf(site, topM, i).sub(aim);
      const depth = distanceM - corner.dot(back);
      const x = corner.dot(right) / depth;
      const y = corner.dot(up) / depth;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    aim.addScaledVector(right, ((minX + maxX) / 2) * distanceM).addScaledVector(up, ((minY + maxY) / 2) * distanceM);
  }
  position.copy(aim).addScaledVector(back, distanceM);
  quaternion.setFromRotationMatrix(basis.makeBasis(right, up, back));
}

/** The i-th corner of the site's box, into the scratch `corner`. */
function cornerOf(site: Footprint, topM: number, i: number): Vector3 {
  return corner.set(site.xM + (i & 1 ? site.widthM : 0), i & 2 ? topM : 0, site.zM + (i & 4 ? site.depthM : 0));
}
