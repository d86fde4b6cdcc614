import { contains, overlapAreaM2 } from '../../src/plan/geometry';
import type { Site } from './site';

/** Footprints: inside the site, never overlapping. */
export function checkFootprints({ outdoor, indoor, fileOf }: Site, problems: string[]): void {
  for (const { file, room } of indoor) {
    const f = room.footprint;
    const corners = [
      { xM: f.xM, zM: f.zM },
      { xM: f.xM + f.widthM, zM: f.zM + f.depthM },
    ];
    if (!corners.every((c) => contains(outdoor.footprint, c)))
      problems.push(`${file}: footprint: lies outside the site (${fileOf(outdoor.id)} footprint)`);
  }
  for (let i = 0; i < indoor.length; i++)
    for (let j = i + 1; j < indoor.length; j++) {
      const area = overlapAreaM2(indoor[i].room.footprint, indoor[j].room.footprint);
      if (area > 0)
        problems.push(
          `${indoor[i].file}: footprint: overlaps ${indoor[j].room.id} (${indoor[j].file}) by ${area.toFixed(2)} m²`,
        );
    }
}
