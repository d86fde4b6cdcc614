// A divided room's partitions against the room: walls inside it, door gaps on their walls, small rooms tiling its
// floor and all reached from its doorways through the gaps, and no partition through an exhibit.
import { contains, overlapAreaM2 } from '../../src/plan/geometry';
import { modelRectangle } from '../../src/plan/modelRectangle';
import { gapSides, partitionPlan } from '../../src/plan/partitions';
import type { Room } from '../schema';
import type { HouseDoorway } from './house';
import type { Site } from './site';

/** Area slack when checking that the small rooms tile the floor, in square metres. */
const AREA_SLACK_M2 = 1e-6;
/** A gap's jambs stand at least this far from a wall's ends, so each side keeps a stretch of wall. */
const MIN_JAMB_M = 0.1;
/** How far inside the room a doorway's crossing point is looked for, to find which small room it opens into. */
const DOORWAY_PROBE_M = 0.5;

function checkRoom(file: string, room: Room, doorways: HouseDoorway[], problems: string[]): void {
  const { rooms, walls } = room.partitions!;
  const f = room.footprint;
  walls.forEach(({ from, to, doors }, i) => {
    if (!contains(f, from) || !contains(f, to)) problems.push(`${file}: partitions.walls[${i}]: runs outside the room`);
    const lengthM = Math.abs(to.xM - from.xM) + Math.abs(to.zM - from.zM);
    doors.forEach((d, j) => {
      if (d.alongM - d.widthM / 2 < MIN_JAMB_M || d.alongM + d.widthM / 2 > lengthM - MIN_JAMB_M)
        problems.push(`${file}: partitions.walls[${i}].doors[${j}].alongM: the door gap does not fit on its wall (${lengthM} m)`);
    });
  });
  let areaM2 = 0;
  rooms.forEach((r, i) => {
    areaM2 += r.area.widthM * r.area.depthM;
    if (rooms.findIndex((o) => o.id === r.id) !== i) problems.push(`${file}: partitions.rooms[${i}].id: "${r.id}" is used twice`);
    const far = { xM: r.area.xM + r.area.widthM, zM: r.area.zM + r.area.depthM };
    if (!contains(f, r.area) || !contains(f, far)) problems.push(`${file}: partitions.rooms[${i}].area: lies outside the room`);
    rooms.forEach((o, j) => {
      if (j > i && overlapAreaM2(r.area, o.area) > AREA_SLACK_M2) problems.push(`${file}: partitions.rooms[${i}].area: overlaps "${o.id}"`);
    });
  });
  if (Math.abs(areaM2 - f.widthM * f.depthM) > AREA_SLACK_M2)
    problems.push(`${file}: partitions.rooms: the small rooms cover ${areaM2} m² of the room's ${f.widthM * f.depthM} m²`);
  const plan = partitionPlan(room);
  const links = plan.gaps.map((g) => gapSides(room, g));
  links.forEach(([a, b], i) => {
    if (a < 0 || b < 0 || a === b) problems.push(`${file}: partitions.walls: door gap ${i + 1} does not lead from one small room into another`);
  });
  // Every small room is reached through the gaps from a small room a doorway of the house opens into.
  const reached = new Set<number>();
  for (const d of doorways) {
    if (!d.rooms.includes(room.id)) continue;
    const inward = d.owner === room.id ? -DOORWAY_PROBE_M : DOORWAY_PROBE_M;
    const p = { xM: d.centre.xM + d.outward.xM * inward, zM: d.centre.zM + d.outward.zM * inward };
    reached.add(rooms.findIndex((r) => contains(r.area, p)));
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const [a, b] of links)
      if (reached.has(a) !== reached.has(b)) (reached.add(a), reached.add(b), (grew = true));
  }
  rooms.forEach((r, i) => {
    if (!reached.has(i)) problems.push(`${file}: partitions.rooms[${i}]: "${r.id}" cannot be reached through a door gap`);
  });
  // A partition never cuts through an exhibit: move the exhibit, keeping its caption.
  room.exhibits.forEach((x, i) => {
    const rect = x.model.kind === 'marker' ? { xM: x.model.xM, zM: x.model.zM, widthM: 0, depthM: 0 } : modelRectangle(x);
    const grown = { xM: rect.xM - 1e-3, zM: rect.zM - 1e-3, widthM: rect.widthM + 2e-3, depthM: rect.depthM + 2e-3 };
    if (plan.solids.some((s) => overlapAreaM2(s, grown) > 0))
      problems.push(`${file}: exhibits[${i}].model: a partition wall cuts through "${x.id}"`);
  });
}

export function checkPartitions({ rooms }: Site, doorways: HouseDoorway[], problems: string[]): void {
  for (const { file, room } of rooms.values()) if (room.partitions) checkRoom(file, room, doorways, problems);
}
