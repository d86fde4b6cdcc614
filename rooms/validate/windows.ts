import { wallLine } from '../../src/plan/geometry';
import type { HouseDoorway } from './house';
import { fitsOnWall, MIN_JAMB_M } from './openings';
import type { Site } from './site';

/** Windows fit their walls. */
export function checkWindowsFit({ rooms }: Site, problems: string[]): void {
  for (const { file, room } of rooms.values()) {
    room.windows.forEach((w, i) => {
      const line = wallLine(room.footprint, w.wall);
      if (!fitsOnWall(w, line.lengthM))
        problems.push(`${file}: windows[${i}].alongM: the window does not fit on the ${w.wall} wall (${line.lengthM} m)`);
      if (w.sillM + w.heightM > room.wallHeightM)
        problems.push(`${file}: windows[${i}].heightM: sill plus height exceed the wall height ${room.wallHeightM} m`);
    });
  }
}

/** Windows must not cut through an opening of the same wall. */
export function checkWindowsClearOfDoorways({ rooms }: Site, doorways: HouseDoorway[], problems: string[]): void {
  for (const { file, room } of rooms.values())
    room.windows.forEach((w, i) => {
      const clash = doorways.find(
        (d) =>
          d.owner === room.id &&
          d.geometry.wall === w.wall &&
          Math.abs(d.geometry.alongM - w.alongM) < (d.geometry.widthM + w.widthM) / 2 + MIN_JAMB_M,
      );
      if (clash) problems.push(`${file}: windows[${i}].alongM: overlaps the doorway to "${clash.rooms.find((r) => r !== room.id)}"`);
    });
}
