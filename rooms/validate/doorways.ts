// Doorways and the graph they make: each declared from both sides, its geometry given once, on a wall the two
// rooms share; every room reachable from the open-air room.
import { contains, pointOnWall, wallLine } from '../../src/plan/geometry';
import type { RoomId } from '../schema';
import type { House, HouseDoorway } from './house';
import { fitsOnWall } from './openings';
import type { Site } from './site';

/** Doorways: declared from both sides, geometry given once, on a wall the two rooms share. */
export function resolveDoorways({ rooms, indoor }: Site, problems: string[]): HouseDoorway[] {
  const doorways: HouseDoorway[] = [];
  for (const { file, room } of rooms.values()) {
    const seen = new Set<RoomId>();
    room.doorways.forEach((d, i) => {
      const field = `${file}: doorways[${i}]`;
      if (d.to === room.id) return problems.push(`${field}.to: a doorway cannot lead to its own room`);
      if (seen.has(d.to)) return problems.push(`${field}.to: a second doorway to "${d.to}"`);
      seen.add(d.to);
      const other = rooms.get(d.to)!;
      const back = other.room.doorways.find((o) => o.to === room.id);
      if (!back)
        return problems.push(`${field}.to: one-way doorway: "${d.to}" (${other.file}) declares no doorway back to "${room.id}"`);
      if (d.opening && back.opening)
        return problems.push(`${field}.opening: given in both ${file} and ${other.file}; give it in one of them only`);
      if (!d.opening && !back.opening)
        return problems.push(`${field}.opening: neither ${file} nor ${other.file} gives where the doorway is`);
      if (!d.opening) return;
      if (room.kind === 'outdoor') return problems.push(`${field}.opening: the open-air room cannot hold an opening; give it in ${other.file}`);

      const line = wallLine(room.footprint, d.opening.wall);
      const o = d.opening;
      if (!fitsOnWall(o, line.lengthM))
        return problems.push(`${field}.opening.alongM: the doorway does not fit on the ${o.wall} wall (${line.lengthM} m)`);
      if (o.heightM > room.wallHeightM)
        return problems.push(`${field}.opening.heightM: taller than the wall (${room.wallHeightM} m)`);
      const c = pointOnWall(line, o.alongM);
      const beyond = pointOnWall(line, o.alongM, 0.3);
      const behind = indoor.find(({ room: r }) => r.id !== room.id && contains(r.footprint, beyond));
      if (other.room.kind === 'indoor') {
        if (behind?.room.id !== other.room.id)
          return problems.push(`${field}.opening.wall: the ${o.wall} wall does not adjoin "${d.to}" at this doorway`);
      } else if (behind) {
        return problems.push(`${field}.opening.wall: leads to "${d.to}" but opens into "${behind.room.id}"`);
      }
      const pair = [room.id, d.to].sort() as [RoomId, RoomId];
      doorways.push({ id: pair.join('--'), rooms: pair, owner: room.id, geometry: o, centre: c, outward: line.outward });
    });
  }
  return doorways;
}

/** The graph, derived from the doorways: each room's exits in the order the room declares them. */
export function exitsOf({ rooms }: Site, order: RoomId[], doorways: HouseDoorway[]): House['exits'] {
  const byPair = new Map(doorways.map((d) => [d.id, d]));
  return Object.fromEntries(
    order.map((id) => [
      id,
      rooms.get(id)!.room.doorways.map((d) => ({ to: d.to, doorway: byPair.get([id, d.to].sort().join('--'))! })),
    ]),
  ) as House['exits'];
}

/** Reachability from the open-air room, over the graph just derived. */
export function checkReachable({ outdoor, fileOf }: Site, order: RoomId[], exits: House['exits'], problems: string[]): void {
  const reached = new Set<RoomId>([outdoor.id]);
  const queue: RoomId[] = [outdoor.id];
  while (queue.length) for (const { to } of exits[queue.shift()!]) if (!reached.has(to)) reached.add(to), queue.push(to);
  for (const id of order)
    if (!reached.has(id)) problems.push(`${fileOf(id)}: doorways: "${id}" cannot be reached from "${outdoor.id}"`);
}
