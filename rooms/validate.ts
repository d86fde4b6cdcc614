// Turns the room modules into the house the app uses, or fails with every problem named by file and field.
// Checks what one schema cannot: ids match files, rooms do not overlap, every doorway is declared from both sides
// and sits on a wall the two rooms share, and every room can be reached from the open-air room.
import type { z } from 'zod';
import { contains, overlapAreaM2, pointOnWall, wallLine } from '../src/plan/geometry';
import { entranceThrough } from '../src/plan/entrance';
import { modelRectangle } from '../src/plan/modelRectangle';
import {
  ROOM_IDS,
  PERSON_IDS,
  PersonSchema,
  RoomSchema,
  TimelineEventSchema,
  type DoorwayGeometry,
  type Exhibit,
  type Person,
  type PersonId,
  type TimelineEvent,
  type Point,
  type Room,
  type RoomId,
  type Viewpoint,
} from './schema';

/** A doorway between two rooms, resolved to site coordinates. */
export interface HouseDoorway {
  /** Stable id: the two room ids in alphabetical order. */
  id: string;
  rooms: readonly [RoomId, RoomId];
  /** The room in whose wall the opening is cut. */
  owner: RoomId;
  geometry: DoorwayGeometry;
  centre: Point;
  /** Unit vector from the owner room out through the opening. */
  outward: Point;
}

export interface House {
  rooms: Record<RoomId, Room>;
  /** In tour order, as the files are listed. */
  order: RoomId[];
  outdoor: Room;
  doorways: HouseDoorway[];
  /** The graph, derived from the doorways: for each room, its doorways in the order the room declares them. */
  exits: Record<RoomId, { to: RoomId; doorway: HouseDoorway }[]>;
  /** Where a visitor arriving by a link or URL first stands. */
  entrances: Record<RoomId, Viewpoint>;
  /** Every exhibit by its id, with the room that holds it. */
  exhibits: Record<string, { roomId: RoomId; exhibit: Exhibit }>;
  people: Record<PersonId, Person>;
  /** Oldest first. */
  timeline: TimelineEvent[];
}

export class HouseContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The house content is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'HouseContentError';
  }
}

/** Openings keep this far from the wall's corners so the jambs stay solid. */
const MIN_JAMB_M = 0.2;

const formatPath = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(root)';

/** The data through a schema, or undefined with each issue added to `problems` after `at` (file and place). */
function parsed<T>(schema: z.ZodType<T>, data: unknown, at: string, problems: string[]): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${at}${formatPath(issue.path)}: ${issue.message}`);
}

export interface HouseContent {
  rooms: Record<string, unknown>;
  people: unknown[];
  timeline: unknown[];
}

/** Models stand clear of the walls, which are built this far inside each footprint. */
const MODEL_WALL_INSET_M = 0.12;

/** The room files once each has parsed, by id, with the file each came from (for naming it in a problem). */
type RoomFiles = Map<RoomId, { file: string; room: Room }>;

/** The parsed rooms, with the open-air one and the indoor ones picked out: what the checks below read. */
interface Site {
  rooms: RoomFiles;
  outdoor: Room;
  indoor: { file: string; room: Room }[];
  fileOf(id: RoomId): string;
}

function throwIfAny(problems: string[]): void {
  if (problems.length) throw new HouseContentError(problems);
}

/** Every room file through the schema; ids match their files and are used once. */
function parseRooms(files: HouseContent['rooms']): RoomFiles {
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

/** Every room present, exactly one of them open-air. */
function siteOf(rooms: RoomFiles): Site {
  const problems: string[] = [];
  for (const id of ROOM_IDS) if (!rooms.has(id)) problems.push(`rooms/${id}.ts: missing: the house has no file for "${id}"`);
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

/** Footprints: inside the site, never overlapping. */
function checkFootprints({ outdoor, indoor, fileOf }: Site, problems: string[]): void {
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

/** Windows fit their walls. */
function checkWindowsFit({ rooms }: Site, problems: string[]): void {
  for (const { file, room } of rooms.values()) {
    room.windows.forEach((w, i) => {
      const line = wallLine(room.footprint, w.wall);
      if (w.alongM - w.widthM / 2 < MIN_JAMB_M || w.alongM + w.widthM / 2 > line.lengthM - MIN_JAMB_M)
        problems.push(`${file}: windows[${i}].alongM: the window does not fit on the ${w.wall} wall (${line.lengthM} m)`);
      if (w.sillM + w.heightM > room.wallHeightM)
        problems.push(`${file}: windows[${i}].heightM: sill plus height exceed the wall height ${room.wallHeightM} m`);
    });
  }
}

/** Doorways: declared from both sides, geometry given once, on a wall the two rooms share. */
function resolveDoorways({ rooms, indoor }: Site, problems: string[]): HouseDoorway[] {
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
      if (o.alongM - o.widthM / 2 < MIN_JAMB_M || o.alongM + o.widthM / 2 > line.lengthM - MIN_JAMB_M)
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

/** Windows must not cut through an opening of the same wall. */
function checkWindowsClearOfDoorways({ rooms }: Site, doorways: HouseDoorway[], problems: string[]): void {
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

/** The graph, derived from the doorways: each room's exits in the order the room declares them. */
function exitsOf({ rooms }: Site, order: RoomId[], doorways: HouseDoorway[]): House['exits'] {
  const byPair = new Map(doorways.map((d) => [d.id, d]));
  return Object.fromEntries(
    order.map((id) => [
      id,
      rooms.get(id)!.room.doorways.map((d) => ({ to: d.to, doorway: byPair.get([id, d.to].sort().join('--'))! })),
    ]),
  ) as House['exits'];
}

/** Reachability from the open-air room, over the graph just derived. */
function checkReachable({ outdoor, fileOf }: Site, order: RoomId[], exits: House['exits'], problems: string[]): void {
  const reached = new Set<RoomId>([outdoor.id]);
  const queue: RoomId[] = [outdoor.id];
  while (queue.length) for (const { to } of exits[queue.shift()!]) if (!reached.has(to)) reached.add(to), queue.push(to);
  for (const id of order)
    if (!reached.has(id)) problems.push(`${fileOf(id)}: doorways: "${id}" cannot be reached from "${outdoor.id}"`);
}

/** Where a visitor arriving by a link first stands: the room's own viewpoint, or just inside its first doorway. */
function resolveEntrances(site: Site, order: RoomId[], exits: House['exits'], problems: string[]): House['entrances'] {
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

/** Exhibits: ids unique across the house, models inside their rooms (by the size the schema resolved from the
 *  model's definition), links that lead somewhere. */
function indexExhibits({ fileOf }: Site, order: RoomId[], roomsById: Record<RoomId, Room>, problems: string[]): House['exhibits'] {
  const exhibits: House['exhibits'] = {};
  for (const id of order)
    roomsById[id].exhibits.forEach((exhibit, i) => {
      const field = `${fileOf(id)}: exhibits[${i}]`;
      if (exhibits[exhibit.id]) problems.push(`${field}.id: "${exhibit.id}" is already used in ${fileOf(exhibits[exhibit.id].roomId)}`);
      else exhibits[exhibit.id] = { roomId: id, exhibit };
      const rect = modelRectangle(exhibit);
      const room = roomsById[id];
      const inside =
        contains(room.footprint, { xM: rect.xM, zM: rect.zM }, MODEL_WALL_INSET_M - 0.03) &&
        contains(room.footprint, { xM: rect.xM + rect.widthM, zM: rect.zM + rect.depthM }, MODEL_WALL_INSET_M - 0.03);
      if (!inside) problems.push(`${field}.model: "${exhibit.id}" does not fit inside ${id} (clear of its walls)`);
      if (room.kind === 'indoor' && exhibit.model.yM + exhibit.model.size.heightM > room.wallHeightM)
        problems.push(`${field}.model.yM: "${exhibit.id}" rises above the ceiling`);
      if (room.kind === 'outdoor')
        for (const other of order)
          if (roomsById[other].kind === 'indoor' && overlapAreaM2(rect, roomsById[other].footprint) > 0)
            problems.push(`${field}.model: "${exhibit.id}" stands inside ${other}`);
    });
  for (const id of order)
    roomsById[id].exhibits.forEach((exhibit, i) =>
      exhibit.related.forEach((r, j) => {
        if (!exhibits[r] && !(r in roomsById)) problems.push(`${fileOf(id)}: exhibits[${i}].related[${j}]: no exhibit or room "${r}"`);
      }),
    );
  return exhibits;
}

/** People: each entry parses, and everyone the schema names has one. */
function parsePeople(input: unknown[], problems: string[]): House['people'] {
  const people = {} as Record<PersonId, Person>;
  input.forEach((p, i) => {
    const person = parsed(PersonSchema, p, `rooms/people.ts: [${i}].`, problems);
    if (person) people[person.id] = person;
  });
  for (const id of PERSON_IDS) if (!people[id]) problems.push(`rooms/people.ts: missing: no entry for "${id}"`);
  return people;
}

/** The timeline: each event parses and names exhibits that exist; oldest first. */
function parseTimeline(input: unknown[], exhibits: House['exhibits'], problems: string[]): TimelineEvent[] {
  const timeline: TimelineEvent[] = [];
  input.forEach((e, i) => {
    const event = parsed(TimelineEventSchema, e, `rooms/timeline.ts: [${i}].`, problems);
    if (!event) return;
    event.exhibits.forEach((x, j) => {
      if (!exhibits[x]) problems.push(`rooms/timeline.ts: [${i}].exhibits[${j}]: no exhibit "${x}"`);
    });
    timeline.push(event);
  });
  return timeline.sort((a, b) => a.date.localeCompare(b.date));
}

export function validateHouse({ rooms: files, people: peopleInput, timeline: timelineInput }: HouseContent): House {
  const site = siteOf(parseRooms(files));
  const problems: string[] = [];
  checkFootprints(site, problems);
  checkWindowsFit(site, problems);
  const doorways = resolveDoorways(site, problems);
  checkWindowsClearOfDoorways(site, doorways, problems);
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
