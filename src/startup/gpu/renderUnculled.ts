// three skips drawing what it judges out of the camera's view (frustum culling). The start-up draws that must
// reach every object (the warm-up frame, each object's vertex upload) turn that off for the objects given, draw,
// and turn it back on for those that had it.
import type { Camera, Object3D, Scene, WebGLRenderer } from 'three';

export function renderUnculled(gl: WebGLRenderer, scene: Scene, camera: Camera, objects: Iterable<Object3D>): void {
  const culled: Object3D[] = [];
  for (const o of objects) {
    if (!o.frustumCulled) continue;
    o.frustumCulled = false;
    culled.push(o);
  }
  try {
    gl.render(scene, camera);
  } finally {
    for (const o of culled) o.frustumCulled = true;
  }
}
