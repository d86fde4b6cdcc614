// Turns the room modules into the house the app uses, or fails with every problem named by file and field.
// Checks what one schema cannot: ids match files, rooms do not overlap, every doorway is declared from both sides
// and sits on a wall the two rooms share, and every room can be reached from the open-air room.
// The module the rest of the project imports; each group of checks lives in validate/.
import type { Room, RoomId } from './schema';
import type { HouseContent, HouseWithTimeline } from './validate/house';
import { throwIfAny } from './validate/problems';
import { parseRooms, siteOf } from './validate/site';
import { checkFootprints } from './validate/footprints';
import { checkWindowsClearOfDoorways, checkWindowsFit } from './validate/windows';
import { checkReachable, exitsOf, resolveDoorways } from './validate/doorways';
import { resolveEntrances } from './validate/entrances';
import { checkPartitions } from './validate/partitions';
import { indexExhibits } from './validate/exhibits';
import { parsePeople, parseTimeline } from './validate/peopleAndTimeline';

export type { House, HouseContent, HouseDoorway, HouseWithTimeline } from './validate/house';
export { HouseContentError } from './validate/problems';

export function validateHouse({ rooms: files, people: peopleInput, timeline: timelineInput, absentRooms }: HouseContent): HouseWithTimeline {
  const site = siteOf(parseRooms(files), absentRooms);
  const problems: string[] = [];
  checkFootprints(site, problems);
  checkWindowsFit(site, problems);
  const doorways = resolveDoorways(site, problems);
  checkWindowsClearOfDoorways(site, doorways, problems);
  checkPartitions(site, doorways, problems);
  throwIfAny(problems);

  const order = [...site.rooms.keys()];
  const exits = exitsOf(site, order, doorways);
  checkReachable(site, order, exits, problems);
  const roomsById = Object.fromEntries(order.map((id) => [id, site.rooms.get(id)!.room])) as Record<RoomId, Room>;
  const entrances = resolveEntrances(site, order, exits, problems);
  const exhibits = indexExhibits(site, order, roomsById, problems);
  const people = parsePeople(peopleInput, problems);
  const timeline = parseTimeline(timelineInput, exhibits, problems);
  throwIfAny(problems);

  return { rooms: roomsById, order, outdoor: site.outdoor, doorways, exits, entrances, exhibits, people, timeline };
}
