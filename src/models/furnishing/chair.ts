// A plain rush-seated wooden chair, its front (where one sits down) facing +z. 0.42 × 0.42, 0.88 high.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { chair } from '../kit/furniture';

export default defineModel({
  kind: 'chair',
  size: { widthM: 0.42, depthM: 0.42, heightM: 0.88 },
  hotspotM: 0,
  build: ({ heightM }): ModelParts => ({ parts: chair({ height: heightM, frame: 'wood-mid', seat: 'straw', back: 'wood-mid' }) }),
});
