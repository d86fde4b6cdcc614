// Two figures huddled low on the floor, one behind the other, for the corner behind the bed in the raid's
// reconstruction: each kneels, curled forward, head down and arms drawn in over it; the one behind has an arm across
// the other's back. Plain clay grey, no faces. 0.62 × 1.1, 0.55 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { rod, span, sphere, type V3 } from './kit/primitives';

export default defineModel({
  kind: 'crouching-figures',
  size: { widthM: 0.62, depthM: 1.1, heightM: 0.55 },
  hotspotM: 0.8,
  build: crouchingFigures,
});

/** One kneeling figure curled forward, facing +z, about [cx, cz]: its shoulders, for the arm across it. */
function crouched(cx: number, cz: number, parts: Part[]): { shoulders: [V3, V3]; back: V3 } {
  parts.push(
    // Shins on the floor, the body sitting back on them, the back rounded forward, the head bowed.
    span('figure', [cx - 0.14, 0, cz - 0.2], [cx + 0.14, 0.11, cz + 0.14]),
    sphere('figure', [0.3, 0.2, 0.28], [cx, 0.18, cz - 0.08]),
    sphere('figure', [0.32, 0.27, 0.42], [cx, 0.32, cz + 0.03]),
    sphere('figure', [0.18, 0.19, 0.2], [cx, 0.41, cz + 0.22]),
  );
  const shoulders: [V3, V3] = [
    [cx - 0.14, 0.42, cz + 0.1],
    [cx + 0.14, 0.42, cz + 0.1],
  ];
  // Both forearms drawn in over the head.
  for (const [side, s] of [
    [-1, shoulders[0]],
    [1, shoulders[1]],
  ] as const) {
    const elbow: V3 = [cx + side * 0.15, 0.44, cz + 0.27];
    const hand: V3 = [cx + side * 0.05, 0.5, cz + 0.24];
    parts.push(rod('figure', 0.065, s, elbow), rod('figure', 0.06, elbow, hand), sphere('figure', 0.065, hand));
  }
  return { shoulders, back: [cx, 0.45, cz - 0.02] };
}

function crouchingFigures(): ModelParts {
  const parts: Part[] = [];
  const front = crouched(0.13, 0.21, parts);
  const behind = crouched(-0.13, -0.33, parts);
  // The one behind reaches forward across the other's back.
  const reach: V3 = [front.back[0] + 0.05, 0.47, front.back[2] - 0.02];
  parts.push(rod('figure', 0.065, behind.shoulders[1], reach), sphere('figure', 0.065, reach));
  return { parts };
}
