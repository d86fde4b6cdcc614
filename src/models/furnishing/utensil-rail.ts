// A wooden rail on the wall with kitchen utensils hanging from pegs: wooden spoons, a ladle, a tin strainer, a
// clay jug and a comal (the flat griddle for tortillas). Its back (−z) is the wall; its base the comal's foot.
// 1.2 × 0.12, 0.7 high.
import type { ModelParts, Part } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { box, cyl, cylZ, span } from '../kit/primitives';

export default defineModel({
  kind: 'utensil-rail',
  size: { widthM: 1.2, depthM: 0.12, heightM: 0.7 },
  hotspotM: 0,
  build: (): ModelParts => {
    const rail = 0.62;
    const parts: Part[] = [span('wood-mid', [-0.6, rail - 0.03, -0.06], [0.6, rail + 0.03, -0.03])];
    // Wooden spoons: a handle and a bowl each.
    for (const x of [-0.5, -0.42, -0.34]) parts.push(box('wood-light', [0.02, 0.3, 0.012], [x, rail - 0.17, -0.02]), box('wood-light', [0.05, 0.08, 0.02], [x, rail - 0.35, -0.02]));
    parts.push(
      box('metal-light', [0.02, 0.3, 0.01], [-0.2, rail - 0.17, -0.02]),
      cyl('metal-light', 0.09, 0.04, [-0.2, rail - 0.35, 0.0]),
      cylZ('wire', 0.16, 0.03, [0.0, rail - 0.12, -0.01]),
      // The comal, hung on edge, and a small clay jug from its peg.
      cylZ('metal-dark', 0.36, 0.012, [0.28, rail - 0.26, -0.015]),
      cyl('terracotta', 0.1, 0.14, [0.52, rail - 0.16, 0.0]),
    );
    return { parts };
  },
});
