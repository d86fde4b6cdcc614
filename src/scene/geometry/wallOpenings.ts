// Where a wall is cut: the room's windows and the doorways standing on the wall, and whether the wall's outer face
// is ever seen.
import type { House, HouseDoorway } from '../../../rooms/validate';
import type { Room, Window } from '../../../rooms/schema';
import { contains, pointOnWall, type WallLine } from '../../plan/geometry';

/** An opening in one wall, in the wall's own coordinates: `a` along it from its start, `y` up from the floor. */
export interface Opening {
  a0: number;
  a1: number;
  sill: number;
  top: number;
  window?: Window;
  doorway?: HouseDoorway;
}

/** The wooden casing round every window and door: its width on the wall, and how far it stands out of it. */
export const CASING_WIDTH_M = 0.08;
export const CASING_DEPTH_M = 0.025;

/** Every opening that cuts this wall: the room's windows and every doorway centred on the wall line. */
export function openingsOf(house: House, room: Room, line: WallLine): Opening[] {
  const list: Opening[] = room.windows
    .filter((w) => w.wall === line.side)
    .map((w) => ({ a0: w.alongM - w.widthM / 2, a1: w.alongM + w.widthM / 2, sill: w.sillM, top: w.sillM + w.heightM, window: w }));
  for (const d of house.doorways) {
    if (!d.rooms.includes(room.id)) continue;
    const along = (d.centre.xM - line.start.xM) * line.dir.xM + (d.centre.zM - line.start.zM) * line.dir.zM;
    const off = pointOnWall(line, along);
    if (Math.hypot(off.xM - d.centre.xM, off.zM - d.centre.zM) > 0.01 || along <= 0 || along >= line.lengthM) continue;
    const w = d.geometry.widthM;
    list.push({ a0: along - w / 2, a1: along + w / 2, sill: 0, top: d.geometry.heightM, doorway: d });
  }
  return list.sort((p, q) => p.a0 - q.a0);
}

/** Whether the other side of this wall is another room (then its outer face is hidden inside that room's wall). */
export function bordersRoom(house: House, room: Room, line: WallLine): boolean {
  const probe = pointOnWall(line, line.lengthM / 2, 0.3);
  return house.order.some((id) => id !== room.id && house.rooms[id].kind === 'indoor' && contains(house.rooms[id].footprint, probe));
}
