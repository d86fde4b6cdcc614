// A single iron bed: tubular posts with rails and spindles at the head (-z) and foot, a mattress, a grey blanket
// with the sheet turned down, and a pillow. 0.9 × 1.9, 0.9 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, cyl, cylX, cylZ, span } from './kit/primitives';

export default defineModel({
  kind: 'single-bed',
  size: { widthM: 0.9, depthM: 1.9, heightM: 0.9 },
  hotspotM: 1.0,
  build: singleBed,
});

function singleBed(): ModelParts {
  const x = 0.43;
  const z = 0.93;
  const parts: Part[] = [];
  const end = (zz: number, height: number, low: number) => {
    for (const sx of [-x, x]) parts.push(cyl('metal-dark', 0.035, height, [sx, height / 2, zz]));
    parts.push(cylX('metal-dark', 0.025, 2 * x, [0, height - 0.03, zz]), cylX('metal-dark', 0.025, 2 * x, [0, low, zz]));
    for (const sx of [-0.24, -0.08, 0.08, 0.24]) {
      parts.push(cyl('metal-dark', 0.014, height - 0.03 - low, [sx, (height - 0.03 + low) / 2, zz]));
    }
  };
  end(-z, 0.9, 0.42);
  end(z, 0.65, 0.36);
  for (const sx of [-x, x]) parts.push(cylZ('metal-dark', 0.03, 2 * z, [sx, 0.32, 0]));
  parts.push(
    span('fabric-white', [-0.41, 0.32, -0.91], [0.41, 0.47, 0.91]),
    span('fabric-grey', [-0.425, 0.28, -0.45], [0.425, 0.485, 0.91]),
    span('fabric-white', [-0.427, 0.465, -0.5], [0.427, 0.495, -0.41]),
    box('fabric-white', [0.56, 0.11, 0.3], [0, 0.52, -0.73], [0.1, 0, 0]),
  );
  return { parts };
}
