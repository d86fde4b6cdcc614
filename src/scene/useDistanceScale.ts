// Markers in the 3D view (the hotspot dots, the doorway signs) keep their true size up close and grow beyond a
// distance, so they stay findable and readable from across the garden.
import type { RefObject } from 'react';
import { useFrame } from '@react-three/fiber';
import { Vector3, type Object3D, type Vector3Tuple } from 'three';

/** Where the eye is in the world (in a headset the camera sits inside the XR origin); reused every frame. */
const eye = new Vector3();

/** How many times its true size a marker is drawn at `distanceM` from the eye: its true size within
 *  `trueSizeWithinM`, and beyond that in proportion to the distance, so it keeps the size on screen it had there. */
export function distanceScale(distanceM: number, trueSizeWithinM: number): number {
  return Math.max(1, distanceM / trueSizeWithinM);
}

/** Scales the object each frame to `size` (its scale at true size) times its distance scale. The object's
 *  position is taken as its place in the world: markers hang in groups at the world's origin. */
export function useDistanceScale(ref: RefObject<Object3D | null>, trueSizeWithinM: number, size: Readonly<Vector3Tuple>): void {
  useFrame(({ camera }) => {
    const object = ref.current;
    if (!object) return;
    const k = distanceScale(camera.getWorldPosition(eye).distanceTo(object.position), trueSizeWithinM);
    object.scale.set(size[0] * k, size[1] * k, size[2] * k);
  });
}
