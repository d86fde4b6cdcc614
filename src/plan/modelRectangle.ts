// The floor an exhibit's model covers, from the size the validated house carries (model.size, resolved from the
// model's definition at build time): validation keeps it inside its room, walking steers around it.
import type { Exhibit, Footprint } from '../../rooms/schema';

/** The floor rectangle a model covers once turned to face its heading (models turn in quarter turns). */
export function modelRectangle(exhibit: Exhibit): Footprint {
  const { size } = exhibit.model;
  const quarterTurned = Math.round(exhibit.model.facingDeg / 90) % 2 === 1;
  const w = quarterTurned ? size.depthM : size.widthM;
  const d = quarterTurned ? size.widthM : size.depthM;
  return { xM: exhibit.model.xM - w / 2, zM: exhibit.model.zM - d / 2, widthM: w, depthM: d };
}
