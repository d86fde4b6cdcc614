// An Edison dictating machine on its wooden stand: an open stand with a back and two shelves of spare wax
// cylinders (loose ones below, a rack and boxed ones above), the machine on top, and the speaking tube looping
// from the reproducer to its mouthpiece hung on a hook. 0.55 × 0.5, 1.15 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, cone, cyl, place, rod, span, type V3 } from './kit/primitives';
import { cylinderRack, ediphone, reproducerAt } from './kit/machines';

export default defineModel({
  kind: 'dictating-machine',
  size: { widthM: 0.55, depthM: 0.5, heightM: 1.15 },
  hotspotM: 1.3,
  build: dictatingMachine,
});

function dictatingMachine(): ModelParts {
  const top = 0.75;
  const mh = 0.25;
  const parts: Part[] = [span('wood-dark', [-0.275, top - 0.03, -0.25], [0.275, top, 0.25])];
  for (const x of [-0.245, 0.245]) {
    for (const z of [-0.215, 0.215]) parts.push(box('wood-dark', [0.04, top - 0.03, 0.04], [x, (top - 0.03) / 2, z]));
  }
  parts.push(
    span('wood-mid', [-0.225, 0.1, -0.235], [0.225, 0.12, 0.235]),
    span('wood-mid', [-0.225, 0.4, -0.235], [0.225, 0.42, 0.235]),
    span('wood-mid', [-0.225, 0.12, -0.235], [0.225, top - 0.03, -0.22]),
  );
  for (const x of [-0.15, -0.05, 0.05, 0.15]) for (const z of [-0.1, 0.06]) parts.push(cyl('wax', 0.055, 0.15, [x, 0.12 + 0.075, z]));
  parts.push(...place(cylinderRack(5, 0.15), [-0.04, 0.42, -0.12]));
  for (const x of [-0.14, -0.06, 0.02, 0.1]) parts.push(cyl('paper', 0.065, 0.16, [x, 0.42 + 0.08, 0.1]));

  const machine: V3 = [-0.03, top, 0.02];
  parts.push(...place(ediphone(mh), machine));
  // The hook, the mouthpiece hanging from it, and the tube looping down in front to the reproducer.
  const hook: V3 = [0.23, top, -0.18];
  parts.push(
    rod('metal-dark', 0.012, hook, [hook[0], 1.14, hook[2]]),
    box('metal-dark', [0.01, 0.01, 0.06], [hook[0], 1.135, hook[2] + 0.03]),
    cone('black', 0.06, 0.09, [hook[0], 1.07, hook[2] + 0.055]),
  );
  const [rx, ry, rz] = reproducerAt(mh);
  const path: V3[] = [
    [hook[0], 1.115, hook[2] + 0.055],
    [0.25, 0.98, 0.02],
    [0.24, 0.84, 0.2],
    [machine[0] + rx, machine[1] + ry, machine[2] + rz],
  ];
  for (let i = 1; i < path.length; i++) parts.push(rod('black', 0.018, path[i - 1], path[i]));
  return { parts };
}
