// The open kitchen shelf: a plain wooden unit of four shelves holding clay ollas and cazuelas, jugs, bowls,
// cups, plates standing against the back, and small pots and jars at the top. 1.4 × 0.4, 1.7 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import type { ExhibitSurface } from './palette';
import { defineModel } from './kit/defineModel';
import { box, cyl, cylZ, span, sphere } from './kit/primitives';

export default defineModel({
  kind: 'kitchen-shelf',
  size: { widthM: 1.4, depthM: 0.4, heightM: 1.7 },
  hotspotM: 1.5,
  build: kitchenShelf,
});

/** A round-bellied clay pot with a short neck, standing at (x, y, z). */
function olla(x: number, y: number, z: number, d: number, h: number): Part[] {
  return [
    sphere('terracotta', [d, h * 0.85, d], [x, y + h * 0.425, z]),
    cyl('terracotta', d * 0.5, h * 0.2, [x, y + h * 0.9, z]),
  ];
}

/** A jug: body, neck and a handle on its right. */
function jug(surface: ExhibitSurface, x: number, y: number, z: number): Part[] {
  return [
    cyl(surface, 0.13, 0.17, [x, y + 0.085, z]),
    cyl(surface, 0.08, 0.06, [x, y + 0.2, z]),
    box(surface, [0.025, 0.13, 0.03], [x + 0.075, y + 0.13, z]),
  ];
}

function kitchenShelf(): ModelParts {
  const w = 0.7;
  const back = -0.185;
  const front = 0.18;
  const shelves = [0.08, 0.5, 0.92, 1.32];
  const parts: Part[] = [
    span('wood-mid', [-w, 0, -0.2], [-w + 0.03, 1.67, front]),
    span('wood-mid', [w - 0.03, 0, -0.2], [w, 1.67, front]),
    span('wood-mid', [-w + 0.03, 0.05, -0.2], [w - 0.03, 1.67, back]),
    span('wood-dark', [-w, 1.67, -0.2], [w, 1.7, 0.2]),
    span('wood-dark', [-w + 0.03, 0, front - 0.02], [w - 0.03, 0.055, front]),
  ];
  for (const y of shelves) parts.push(span('wood-light', [-w + 0.03, y - 0.025, back], [w - 0.03, y, front]));
  const [s0, s1, s2, s3] = shelves;

  // Bottom: two big ollas and a stack of cazuelas.
  parts.push(...olla(-0.45, s0, -0.01, 0.32, 0.34), ...olla(-0.08, s0, 0, 0.26, 0.28));
  parts.push(
    cyl('terracotta', 0.36, 0.07, [0.4, s0 + 0.035, 0]),
    cyl('terracotta', 0.32, 0.07, [0.4, s0 + 0.105, 0]),
    cyl('terracotta', 0.27, 0.06, [0.4, s0 + 0.17, 0]),
  );
  // Second: two jugs, a stack of bowls, three cups.
  parts.push(...jug('terracotta', -0.52, s1, 0), ...jug('ceramic', -0.26, s1, -0.02));
  parts.push(cyl('ceramic', 0.2, 0.06, [0.05, s1 + 0.03, 0]), cyl('ceramic', 0.16, 0.05, [0.05, s1 + 0.085, 0]));
  for (const x of [0.3, 0.42, 0.54]) parts.push(cyl('ceramic', 0.08, 0.08, [x, s1 + 0.04, 0.04]));
  // Third: plates on edge against the back, a pile of plates and a clay bowl.
  for (const x of [-0.5, -0.24, 0.02]) parts.push(cylZ('ceramic', 0.25, 0.018, [x, s2 + 0.125, back + 0.03]));
  parts.push(
    cyl('ceramic', 0.22, 0.06, [0.3, s2 + 0.03, 0]),
    cyl('terracotta', 0.2, 0.08, [0.54, s2 + 0.04, 0.02]),
    cyl('terracotta', 0.14, 0.03, [0.54, s2 + 0.095, 0.02]),
  );
  // Top: small pots and two glass jars with tin lids.
  parts.push(...olla(-0.5, s3, 0, 0.17, 0.2), ...olla(-0.28, s3, 0.02, 0.14, 0.17), ...olla(-0.06, s3, -0.01, 0.18, 0.22));
  for (const x of [0.22, 0.42]) parts.push(cyl('glass', 0.11, 0.18, [x, s3 + 0.09, 0]), cyl('metal-light', 0.115, 0.02, [x, s3 + 0.19, 0]));
  parts.push(jug('ceramic', 0.56, s3, 0)[0]);
  return { parts };
}
