// The unit primitives exhibit models are made of. Shared by the builder (in a worker) and the page's instanced
// parts, which draw these shapes directly.
import { BoxGeometry, ConeGeometry, CylinderGeometry, SphereGeometry, type BufferGeometry } from 'three';
import type { Part } from './parts';

/** Few segments: at room scale a round table or a cactus reads well with these, and the triangle count stays low. */
const ROUND_SEGMENTS = 12;

export function unitShape(shape: Part['shape']): BufferGeometry {
  switch (shape) {
    case 'box':
      return new BoxGeometry(1, 1, 1);
    case 'cylinder':
      return new CylinderGeometry(0.5, 0.5, 1, ROUND_SEGMENTS);
    case 'sphere':
      return new SphereGeometry(0.5, ROUND_SEGMENTS, ROUND_SEGMENTS / 2 + 2);
    case 'cone':
      return new ConeGeometry(0.5, 1, ROUND_SEGMENTS);
  }
}
