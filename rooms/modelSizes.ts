// The true size of each kind of exhibit model, in metres, as it stands with its front facing south (facingDeg 180):
// width along x, depth along z, height up. The scene builds each model to this size; validation keeps models inside
// their rooms; walking steers around them. A marker has no body.
import type { Exhibit, ExhibitModel, Footprint } from './schema';

export interface ModelSize {
  widthM: number;
  depthM: number;
  heightM: number;
  /** Height of the hotspot above the model's base, where a visitor's eye meets the object. */
  hotspotM: number;
}

export const MODEL_SIZES: Record<ExhibitModel, ModelSize> = {
  marker: { widthM: 0, depthM: 0, heightM: 0, hotspotM: 0 },
  'cactus-bed': { widthM: 2.4, depthM: 1.6, heightM: 1.8, hotspotM: 1.9 },
  'rabbit-hutch': { widthM: 1.8, depthM: 0.7, heightM: 1.2, hotspotM: 1.4 },
  'chicken-coop': { widthM: 2.2, depthM: 1.6, heightM: 1.7, hotspotM: 1.9 },
  tomb: { widthM: 1.8, depthM: 1.2, heightM: 6, hotspotM: 1.6 },
  cot: { widthM: 0.9, depthM: 1.9, heightM: 0.55, hotspotM: 0.9 },
  icebox: { widthM: 0.75, depthM: 0.55, heightM: 1.35, hotspotM: 1.5 },
  'kitchen-shelf': { widthM: 1.4, depthM: 0.4, heightM: 1.7, hotspotM: 1.5 },
  'work-table': { widthM: 1.6, depthM: 0.8, heightM: 0.9, hotspotM: 1.2 },
  'dining-set': { widthM: 2.4, depthM: 1.8, heightM: 0.95, hotspotM: 1.2 },
  desk: { widthM: 1.5, depthM: 1.2, heightM: 0.8, hotspotM: 1.1 },
  'typewriter-desk': { widthM: 1.5, depthM: 1.2, heightM: 0.8, hotspotM: 1.1 },
  'ediphone-desk': { widthM: 1.5, depthM: 1.2, heightM: 0.8, hotspotM: 1.2 },
  'tall-bookcase': { widthM: 1.8, depthM: 0.4, heightM: 2.4, hotspotM: 1.7 },
  bookcase: { widthM: 1.2, depthM: 0.35, heightM: 1.8, hotspotM: 1.5 },
  'chair-circle': { widthM: 2.2, depthM: 2.2, heightM: 0.9, hotspotM: 1.1 },
  'writing-desk': { widthM: 1.6, depthM: 1.3, heightM: 0.8, hotspotM: 1.15 },
  'dictating-machine': { widthM: 0.55, depthM: 0.5, heightM: 1.15, hotspotM: 1.3 },
  'reference-bookcase': { widthM: 1.0, depthM: 0.35, heightM: 1.9, hotspotM: 1.5 },
  'encyclopedia-bookcase': { widthM: 3.6, depthM: 0.4, heightM: 2.4, hotspotM: 1.7 },
  daybed: { widthM: 0.85, depthM: 1.9, heightM: 0.5, hotspotM: 0.9 },
  'double-bed': { widthM: 1.4, depthM: 2.0, heightM: 1.0, hotspotM: 1.1 },
  'single-bed': { widthM: 0.9, depthM: 1.9, heightM: 0.9, hotspotM: 1.0 },
  // Holes in a wall: a flat patch, its back against the wall behind it.
  'bullet-holes': { widthM: 2.2, depthM: 0.02, heightM: 1.4, hotspotM: 0.7 },
  bathtub: { widthM: 0.75, depthM: 1.6, heightM: 0.6, hotspotM: 0.9 },
  boiler: { widthM: 0.5, depthM: 0.5, heightM: 1.7, hotspotM: 1.4 },
  'clothes-rail': { widthM: 1.2, depthM: 0.5, heightM: 1.75, hotspotM: 1.5 },
  'shoe-rack': { widthM: 0.9, depthM: 0.32, heightM: 0.45, hotspotM: 0.7 },
  'toiletries-shelf': { widthM: 0.7, depthM: 0.2, heightM: 0.5, hotspotM: 0.35 },
};

/** The floor rectangle a model covers once turned to face its heading (models turn in quarter turns). */
export function modelRectangle(exhibit: Exhibit): Footprint {
  const size = MODEL_SIZES[exhibit.model.kind];
  const quarterTurned = Math.round(exhibit.model.facingDeg / 90) % 2 === 1;
  const w = quarterTurned ? size.depthM : size.widthM;
  const d = quarterTurned ? size.widthM : size.depthM;
  return { xM: exhibit.model.xM - w / 2, zM: exhibit.model.zM - d / 2, widthM: w, depthM: d };
}
