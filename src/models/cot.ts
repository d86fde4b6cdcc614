// A simple iron cot: tubular posts and rails, a thin mattress, a grey blanket with the sheet turned down, and a
// pillow at the head (-z). 0.9 × 1.9, 0.55 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, cyl, cylX, cylZ, span } from './kit/primitives';

export default defineModel({
  kind: 'cot',
  size: { widthM: 0.9, depthM: 1.9, heightM: 0.55 },
  hotspotM: 0.9,
  build: cot,
});

function cot(): ModelParts {
  const x = 0.43;
  const z = 0.93;
  const tube = 0.032;
  const rail = 0.3;
  const parts: Part[] = [];
  for (const sx of [-x, x]) for (const sz of [-z, z]) parts.push(cyl('metal-dark', tube, 0.55, [sx, 0.275, sz]));
  for (const sx of [-x, x]) parts.push(cylZ('metal-dark', 0.028, 2 * z, [sx, rail, 0]));
  for (const sz of [-z, z]) parts.push(cylX('metal-dark', 0.026, 2 * x, [0, rail, sz]), cylX('metal-dark', 0.026, 2 * x, [0, 0.52, sz]));
  parts.push(
    span('fabric-white', [-0.4, rail, -0.9], [0.4, rail + 0.1, 0.9]),
    span('fabric-grey', [-0.415, rail + 0.03, -0.45], [0.415, rail + 0.115, 0.91]),
    span('fabric-white', [-0.415, rail + 0.1, -0.5], [0.415, rail + 0.125, -0.4]),
    box('fabric-white', [0.56, 0.1, 0.3], [0, rail + 0.15, -0.72]),
  );
  return { parts };
}
