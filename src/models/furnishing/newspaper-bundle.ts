// Back numbers of newspapers stacked on the floor and tied with string: 0.45 × 0.32, 0.3 high.
import type { ModelParts, Part } from '../../scene/exhibits/parts';
import { seededRandom } from '../../util/seededRandom';
import { defineModel } from '../kit/defineModel';
import { box } from '../kit/primitives';

export default defineModel({
  kind: 'newspaper-bundle',
  size: { widthM: 0.45, depthM: 0.32, heightM: 0.3 },
  hotspotM: 0,
  build: (): ModelParts => {
    const random = seededRandom(43);
    const parts: Part[] = [];
    // Each block stands for a few weeks of folded papers, a little askew on the one below.
    const layers = 6;
    const t = 0.28 / layers;
    for (let i = 0; i < layers; i++)
      parts.push(box(i % 2 ? 'paper' : 'fabric-white', [0.4, t, 0.28], [(random() - 0.5) * 0.03, t / 2 + i * t, (random() - 0.5) * 0.02], [0, (random() - 0.5) * 0.1, 0]));
    parts.push(box('straw', [0.012, 0.29, 0.3], [0, 0.145, 0]), box('straw', [0.42, 0.29, 0.012], [0, 0.145, 0]));
    return { parts };
  },
});
