// Turns the room modules into the house the app uses, or fails with every problem named by file and field.
// Checks what one schema cannot: ids match files, rooms do not overlap, every doorway is declared from both sides
// and sits on a wall the two rooms share, and every room can be reached from the open-air room.
import { contains, distanceM, headingTowardsDeg, centre, overlapAreaM2, pointOnWall, wallLine } from './plan';
import { MODEL_SIZES, modelRectangle } from './modelSizes';
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
/** A visitor entering by a link stands this far inside the doorway they came through. */
const ENTRANCE_DEPTH_M = 1.2;
/** Objects closer than this to the entrance give no useful direction to look in. */
const MIN_LOOK_DISTANCE_M = 1.5;

const formatPath = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(root)';

export interface HouseContent {
  rooms: Record<string, unknown>;
  people: unknown[];
  timeline: unknown[];
}

/** Models stand clear of the walls, which are built this far inside each footprint. */
const MODEL_WALL_INSET_M = 0.12;

export function validateHouse({ rooms: files, people: peopleInput, timeline: timelineInput }: HouseContent): House {
  const problems: string[] = [];
  const rooms = new Map<RoomId, { file: string; room: Room }>();

  for (const [file, data] of Object.entries(files)) {
    const parsed = RoomSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: ${formatPath(issue.path)}: ${issue.message}`);
      continue;
    }
    const room = parsed.data;
    const expected = file.replace(/^.*\//, '').replace(/\.[jt]s$/, '');
    if (room.id !== expected) problems.push(`${file}: id: "${room.id}" does not match the file name "${expected}"`);
    if (rooms.has(room.id)) problems.push(`${file}: id: "${room.id}" is already used by ${rooms.get(room.id)!.file}`);
    else rooms.set(room.id, { file, room });
  }
  if (problems.length) throw new HouseContentError(problems);

  for (const id of ROOM_IDS) if (!rooms.has(id)) problems.push(`rooms/${id}.ts: missing: the house has no file for "${id}"`);
  const outdoors = [...rooms.values()].filter(({ room }) => room.kind === 'outdoor');
  if (outdoors.length !== 1) problems.push(`rooms: kind: exactly one room must be outdoor, found ${outdoors.length}`);
  if (problems.length) throw new HouseContentError(problems);
  const outdoor = outdoors[0].room;
  const fileOf = (id: RoomId) => rooms.get(id)!.file;
  const indoor = [...rooms.values()].filter(({ room }) => room.kind === 'indoor');

  // Footprints: inside the site, never overlapping.
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

  // Windows fit their walls.
  for (const { file, room } of rooms.values()) {
    room.windows.forEach((w, i) => {
      const line = wallLine(room.footprint, w.wall);
      if (w.alongM - w.widthM / 2 < MIN_JAMB_M || w.alongM + w.widthM / 2 > line.lengthM - MIN_JAMB_M)
        problems.push(`${file}: windows[${i}].alongM: the window does not fit on the ${w.wall} wall (${line.lengthM} m)`);
      if (w.sillM + w.heightM > room.wallHeightM)
        problems.push(`${file}: windows[${i}].heightM: sill plus height exceed the wall height ${room.wallHeightM} m`);
    });
  }

  // Doorways: declared from both sides, geometry given once, on a wall the two rooms share.
  const doorways: HouseDoorway[] = [];
  const byPair = new Map<string, HouseDoorway>();
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
      const doorway: HouseDoorway = {
        id: pair.join('--'),
        rooms: pair,
        owner: room.id,
        geometry: o,
        centre: c,
        outward: line.outward,
      };
      byPair.set(doorway.id, doorway);
      doorways.push(doorway);
    });
  }
  // Windows must not cut through an opening of the same wall.
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
  if (problems.length) throw new HouseContentError(problems);

  const order = [...rooms.keys()];
  const exits = Object.fromEntries(
    order.map((id) => [
      id,
      rooms.get(id)!.room.doorways.map((d) => ({ to: d.to, doorway: byPair.get([id, d.to].sort().join('--'))! })),
    ]),
  ) as House['exits'];

  // Reachability from the open-air room, over the graph just derived.
  const reached = new Set<RoomId>([outdoor.id]);
  const queue: RoomId[] = [outdoor.id];
  while (queue.length) for (const { to } of exits[queue.shift()!]) if (!reached.has(to)) reached.add(to), queue.push(to);
  for (const id of order)
    if (!reached.has(id)) problems.push(`${fileOf(id)}: doorways: "${id}" cannot be reached from "${outdoor.id}"`);

  const roomsById = Object.fromEntries(order.map((id) => [id, rooms.get(id)!.room])) as Record<RoomId, Room>;
  const entrances = {} as Record<RoomId, Viewpoint>;
  for (const id of order) {
    const room = roomsById[id];
    if (room.entrance) {
      if (!contains(room.footprint, room.entrance))
        problems.push(`${fileOf(id)}: entrance: the viewpoint lies outside the room`);
      entrances[id] = room.entrance;
      continue;
    }
    const first = exits[id][0].doorway;
    const intoRoom = first.owner === id ? -1 : 1;
    const at = {
      xM: first.centre.xM + first.outward.xM * ENTRANCE_DEPTH_M * intoRoom,
      zM: first.centre.zM + first.outward.zM * ENTRANCE_DEPTH_M * intoRoom,
    };
    // Look towards the room's objects; with none (or all of them at hand), towards the farthest corner, where a
    // diagonal view shows two walls and most of the floor.
    const f = room.footprint;
    const corners = [
      { xM: f.xM + ENTRANCE_DEPTH_M, zM: f.zM + ENTRANCE_DEPTH_M },
      { xM: f.xM + f.widthM - ENTRANCE_DEPTH_M, zM: f.zM + ENTRANCE_DEPTH_M },
      { xM: f.xM + ENTRANCE_DEPTH_M, zM: f.zM + f.depthM - ENTRANCE_DEPTH_M },
      { xM: f.xM + f.widthM - ENTRANCE_DEPTH_M, zM: f.zM + f.depthM - ENTRANCE_DEPTH_M },
    ];
    const farthest = corners.reduce((best, c) => (distanceM(at, c) > distanceM(at, best) ? c : best), centre(f));
    const objects = room.exhibits.map((x) => x.model);
    const centroid = objects.length
      ? { xM: objects.reduce((a, o) => a + o.xM, 0) / objects.length, zM: objects.reduce((a, o) => a + o.zM, 0) / objects.length }
      : null;
    const target = centroid && distanceM(at, centroid) > MIN_LOOK_DISTANCE_M ? centroid : farthest;
    entrances[id] = { ...at, headingDeg: headingTowardsDeg(at, target) };
  }
  // Exhibits: ids unique across the house, models inside their rooms, links that lead somewhere.
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
      if (room.kind === 'indoor' && exhibit.model.yM + MODEL_SIZES[exhibit.model.kind].heightM > room.wallHeightM)
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

  const people = {} as Record<PersonId, Person>;
  peopleInput.forEach((p, i) => {
    const parsed = PersonSchema.safeParse(p);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`rooms/people.ts: [${i}].${formatPath(issue.path)}: ${issue.message}`);
      return;
    }
    people[parsed.data.id] = parsed.data;
  });
  for (const id of PERSON_IDS) if (!people[id]) problems.push(`rooms/people.ts: missing: no entry for "${id}"`);

  const timeline: TimelineEvent[] = [];
  timelineInput.forEach((e, i) => {
    const parsed = TimelineEventSchema.safeParse(e);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`rooms/timeline.ts: [${i}].${formatPath(issue.path)}: ${issue.message}`);
      return;
    }
    parsed.data.exhibits.forEach((x, j) => {
      if (!exhibits[x]) problems.push(`rooms/timeline.ts: [${i}].exhibits[${j}]: no exhibit "${x}"`);
    });
    timeline.push(parsed.data);
  });
  timeline.sort((a, b) => a.date.localeCompare(b.date));

  if (problems.length) throw new HouseContentError(problems);

  return { rooms: roomsById, order, outdoor, doorways, exits, entrances, exhibits, people, timeline };
}
