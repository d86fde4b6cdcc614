// The room files parsed, and picked apart into the open-air room and the indoor ones: what the checks read.
import { ROOM_IDS, RoomSchema, type Room, type RoomId } from '../schema';
import type { HouseContent } from './house';
import { parsed, throwIfAny } from './problems';

/** The room files once each has parsed, by id, with the file each came from (for naming it in a problem). */
export type RoomFiles = Map<RoomId, { file: string; room: Room }>;

/** The parsed rooms, with the open-air one and the indoor ones picked out. */
export interface Site {
  rooms: RoomFiles;
  outdoor: Room;
  indoor: { file: string; room: Room }[];
  fileOf(id: RoomId): string;
}

/** Every room file through the schema; ids match their files and are used once. */
export function parseRooms(files: HouseContent['rooms']): RoomFiles {
  const problems: string[] = [];
  const rooms: RoomFiles = new Map();
  for (const [file, data] of Object.entries(files)) {
    const room = parsed(RoomSchema, data, `${file}: `, problems);
    if (!room) continue;
    const expected = file.replace(/^.*\//, '').replace(/\.[jt]s$/, '');
    if (room.id !== expected) problems.push(`${file}: id: "${room.id}" does not match the file name "${expected}"`);
    if (rooms.has(room.id)) problems.push(`${file}: id: "${room.id}" is already used by ${rooms.get(room.id)!.file}`);
    else rooms.set(room.id, { file, room });
  }
  throwIfAny(problems);
  return rooms;
}

/** Every room present (but those the era has not built yet), exactly one of them open-air. */
export function siteOf(rooms: RoomFiles, absent: readonly RoomId[] = []): Site {
  const problems: string[] = [];
  for (const id of ROOM_IDS) if (!rooms.has(id) && !absent.includes(id)) problems.push(`rooms/${id}.ts: missing: the house has no file for "${id}"`);
  const outdoors = [...rooms.values()].filter(({ room }) => room.kind === 'outdoor');
  if (outdoors.length !== 1) problems.push(`rooms: kind: exactly one room must be outdoor, found ${outdoors.length}`);
  throwIfAny(problems);
  return {
    rooms,
    outdoor: outdoors[0].room,
    indoor: [...rooms.values()].filter(({ room }) => room.kind === 'indoor'),
    fileOf: (id) => rooms.get(id)!.file,
  };
}
