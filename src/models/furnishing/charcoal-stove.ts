// A tiled charcoal stove (a brasero) of the Mexican kitchens of the time: a masonry counter faced with tiles,
// two fire holes on top with an iron grate over each and a clay pot on one, and the ash openings in front.
// Its front faces +z. 1.2 × 0.6, 1.0 high with the pot.
import type { ModelParts } from '../../scene/exhibits/parts';
import { defineModel } from '../kit/defineModel';
import { cyl, span, sphere } from '../kit/primitives';

export default defineModel({
  kind: 'charcoal-stove',
  size: { widthM: 1.2, depthM: 0.6, heightM: 1.0 },
  hotspotM: 0,
  build: (): ModelParts => ({
    parts: [
      span('ceramic', [-0.6, 0, -0.3], [0.6, 0.78, 0.3]),
      span('fabric-blue', [-0.6, 0.55, 0.3], [0.6, 0.62, 0.305]),
      span('terracotta', [-0.6, 0.78, -0.3], [0.6, 0.8, 0.3]),
      span('black', [-0.38, 0.3, 0.3], [-0.18, 0.45, 0.305]),
      span('black', [0.18, 0.3, 0.3], [0.38, 0.45, 0.305]),
      cyl('metal-dark', 0.26, 0.02, [-0.28, 0.81, 0]),
      cyl('metal-dark', 0.26, 0.02, [0.28, 0.81, 0]),
      sphere('terracotta', [0.26, 0.16, 0.26], [0.28, 0.89, 0]),
    ],
  }),
});
