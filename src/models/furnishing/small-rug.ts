// A small cotton rug or mat, striped, flat on the floor: 1.1 × 0.6, 1 cm thick.
import type { ModelParts, Part } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { span } from '../kit/primitives';

export default defineModel({
  kind: 'small-rug',
  size: { widthM: 1.1, depthM: 0.6, heightM: 0.01 },
  hotspotM: 0,
  build: (): ModelParts => {
    const parts: Part[] = [span('fabric-white', [-0.55, 0, -0.3], [0.55, 0.008, 0.3])];
    for (const x of [-0.4, 0, 0.4]) parts.push(span('fabric-grey', [x - 0.06, 0.008, -0.3], [x + 0.06, 0.01, 0.3]));
    return { parts };
  },
});
