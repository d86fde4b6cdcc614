import { contains } from '../../src/plan/geometry';
import { entranceThrough } from '../../src/plan/entrance';
import type { RoomId, Viewpoint } from '../schema';
import type { House } from './house';
import type { Site } from './site';

/** Where a visitor arriving by a link first stands: the room's own viewpoint, or just inside its first doorway. */
export function resolveEntrances(site: Site, order: RoomId[], exits: House['exits'], problems: string[]): House['entrances'] {
  const entrances = {} as Record<RoomId, Viewpoint>;
  for (const id of order) {
    const { room } = site.rooms.get(id)!;
    if (room.entrance) {
      if (!contains(room.footprint, room.entrance))
        problems.push(`${site.fileOf(id)}: entrance: the viewpoint lies outside the room`);
      entrances[id] = room.entrance;
      continue;
    }
    entrances[id] = entranceThrough(room, exits[id][0].doorway);
  }
  return entrances;
}
