// A standing figure for the raid's reconstruction: a plain clay-grey mannequin, legs, torso, a head without a face,
// the left arm hanging and the right forearm raised forward to the chest as if holding something. Nothing in the
// hands is drawn. 0.5 × 0.3, 1.72 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, cyl, rod, span, sphere } from './kit/primitives';

export default defineModel({
  kind: 'standing-figure',
  size: { widthM: 0.5, depthM: 0.3, heightM: 1.72 },
  hotspotM: 1.9,
  build: standingFigure,
});

function standingFigure(): ModelParts {
  const hip = 0.86;
  const shoulder = 1.42;
  const arm = 0.07;
  const parts: Part[] = [];
  for (const x of [-0.09, 0.09]) {
    parts.push(
      box('figure', [0.1, 0.06, 0.24], [x, 0.03, 0.02]),
      cyl('figure', 0.12, 0.46, [x, 0.06 + 0.23, 0]),
      cyl('figure', 0.14, hip - 0.5, [x, 0.5 + (hip - 0.5) / 2, -0.005]),
    );
  }
  parts.push(
    span('figure', [-0.165, hip - 0.06, -0.1], [0.165, hip + 0.1, 0.1]),
    sphere('figure', [0.34, 0.5, 0.22], [0, 1.19, 0]),
    span('figure', [-0.19, 1.3, -0.1], [0.19, shoulder, 0.1]),
    cyl('figure', 0.1, 0.08, [0, shoulder + 0.04, 0]),
    sphere('figure', [0.2, 0.24, 0.22], [0, 1.6, 0]),
  );
  // The left arm hangs at the side; the right upper arm hangs, and its forearm comes up and forward to the chest.
  const leftShoulder: [number, number, number] = [-0.2, shoulder - 0.03, 0];
  const leftElbow: [number, number, number] = [-0.215, 1.12, -0.01];
  const leftHand: [number, number, number] = [-0.21, 0.86, 0.02];
  const rightShoulder: [number, number, number] = [0.2, shoulder - 0.03, 0];
  const rightElbow: [number, number, number] = [0.215, 1.14, 0.02];
  const rightHand: [number, number, number] = [0.12, 1.3, 0.115];
  parts.push(
    sphere('figure', 0.1, leftShoulder),
    rod('figure', arm, leftShoulder, leftElbow),
    rod('figure', arm * 0.9, leftElbow, leftHand),
    sphere('figure', 0.075, [leftHand[0], leftHand[1] - 0.03, leftHand[2]]),
    sphere('figure', 0.1, rightShoulder),
    rod('figure', arm, rightShoulder, rightElbow),
    rod('figure', arm * 0.9, rightElbow, rightHand),
    sphere('figure', 0.075, rightHand),
  );
  return { parts };
}
