// The eras: the room files, which describe the museum today and say what differed before, resolved into one plain
// house per era, each validated as today's is, with problems named by file, field and era.
import {
  DEFAULT_ERA,
  ERA_IDS,
  EraSchema,
  ROOM_IDS,
  RoomEraFieldsSchema,
  erasOf,
  spanCovers,
  type Era,
  type EraChange,
  type EraId,
  type EraSpan,
  type RoomId,
} from '../schema';
import type { HouseContent, HouseWithTimeline } from './house';
import { HouseContentError, parsed, throwIfAny } from './problems';
import { validateHouse } from '../validate';

export interface EraContent extends HouseContent {
  eras: unknown[];
}

/** Every era-dependent key, removed from the resolved files so RoomSchema sees plain rooms. */
const PRESENCE_KEYS = ['eras', 'erasNote', 'erasEvidence'] as const;
type Raw = Record<string, any>;
const present = (thing: Raw | undefined, era: EraId) => spanCovers(thing?.eras as EraSpan | undefined, era);
const strip = (thing: Raw, ...keys: string[]) => {
  for (const k of [...PRESENCE_KEYS, ...keys]) delete thing[k];
  return thing;
};
const activeIn = (entries: Raw[] | undefined, era: EraId): Raw | undefined => entries?.find((e) => spanCovers(e.eras, era));

/** rooms/eras.ts: each era parses, the list is ERA_IDS in order, and the dates run oldest first. */
export function parseEras(input: unknown[], problems: string[]): Era[] {
  const eras: Era[] = [];
  input.forEach((e, i) => {
    const era = parsed(EraSchema, e, `rooms/eras.ts: [${i}].`, problems);
    if (!era) return;
    if (era.id !== ERA_IDS[i]) problems.push(`rooms/eras.ts: [${i}].id: "${era.id}" is out of order; expected "${ERA_IDS[i]}" (schema/ids.ts ERA_IDS)`);
    const before = eras.at(-1);
    if (before && (before.date === 'today' || (era.date !== 'today' && era.date <= before.date)))
      problems.push(`rooms/eras.ts: [${i}].date: "${era.date}" does not come after "${before.date}"`);
    eras.push(era);
  });
  if (input.length !== ERA_IDS.length) problems.push(`rooms/eras.ts: (root): ${input.length} eras for ${ERA_IDS.length} era ids`);
  return eras;
}

/** Each room file's era fields, where they stand; and no two dated changes of one thing cover the same era. */
export function checkEraFields(files: HouseContent['rooms'], problems: string[]): void {
  for (const [file, data] of Object.entries(files)) {
    if (!parsed(RoomEraFieldsSchema, data, `${file}: `, problems)) continue;
    const room = data as Raw;
    const overlaps = (history: { eras: EraSpan }[] | undefined, field: string) =>
      history?.forEach((h, j) =>
        erasOf(h.eras).forEach((era) => {
          const k = history.findIndex((o) => spanCovers(o.eras, era));
          if (k < j) problems.push(`${file}: ${field}.history[${j}].eras: overlaps history[${k}] in era ${era}`);
        }),
      );
    room.windows?.forEach((w: Raw, i: number) => overlaps(w.history, `windows[${i}]`));
    // A thing in a room exists only while the room does: a span outside the room's is a thing of no era.
    const within = (things: Raw[] | undefined, field: string) =>
      things?.forEach((t, i) => {
        if (t.eras && !erasOf(t.eras).some((era) => present(room, era)))
          problems.push(`${file}: ${field}[${i}].eras: exists in no era: the room itself exists only in ${erasOf(room.eras).join(', ')}`);
      });
    within(room.exhibits, 'exhibits');
    within(room.windows, 'windows');
    room.doorways?.forEach((d: Raw, i: number) => overlaps(d.opening?.history, `doorways[${i}].opening`));
  }
}

/** The room files (and the timeline's links) as they were in one era: plain files that validateHouse reads. */
export function resolveEra(content: HouseContent, era: EraId): HouseContent {
  const all = Object.entries(content.rooms) as [string, Raw][];
  const absentRooms = new Set(all.filter(([, r]) => !present(r, era)).map(([, r]) => r.id as string));
  const knownExhibits = new Set(all.flatMap(([, r]) => (r.exhibits ?? []).map((x: Raw) => x.id as string)));
  const presentExhibits = new Set(
    all.filter(([, r]) => present(r, era)).flatMap(([, r]) => (r.exhibits ?? []).filter((x: Raw) => present(x, era)).map((x: Raw) => x.id)),
  );
  // A link to something that exists in another era goes; a link to nothing stays, for validation to report.
  const gone = (id: string) => absentRooms.has(id) || (knownExhibits.has(id) && !presentExhibits.has(id));

  const rooms: Record<string, unknown> = {};
  const closed = new Set<string>(); // doorways that are windows in this era, by their pair id
  for (const [file, source] of all) {
    if (absentRooms.has(source.id)) continue;
    const room = strip(structuredClone(source), 'changes');
    room.doorways = room.doorways?.filter((d: Raw) => !absentRooms.has(d.to));
    for (const d of room.doorways ?? []) {
      if (!d.opening) continue;
      const then = activeIn(d.opening.history, era);
      if (then?.leaf) d.opening.leaf = then.leaf;
      if ((then?.kind ?? d.opening.kind ?? 'door') === 'window') closed.add([room.id, d.to].sort().join('--'));
      delete d.opening.history;
      delete d.opening.kind;
    }
    if (room.windows)
      room.windows = room.windows.filter((w: Raw) => present(w, era)).map((w: Raw) => {
        const then = activeIn(w.history, era);
        if (then) Object.assign(w, { state: then.state }, then.formerly ? { formerly: then.formerly } : {});
        return strip(w, 'history');
      });
    if (room.exhibits)
      room.exhibits = room.exhibits.filter((x: Raw) => present(x, era)).map((x: Raw) => {
        const then = activeIn(x.captionThen, era);
        if (then) x.caption = { en: `${x.caption.en} ${then.note.en}`, es: `${x.caption.es} ${then.note.es}` };
        if (x.related) x.related = x.related.filter((id: string) => !gone(id));
        return strip(x, 'captionThen');
      });
    if (room.grounds?.watchtowers) room.grounds.watchtowers = room.grounds.watchtowers.filter((t: Raw) => present(t, era)).map((t: Raw) => strip(t));
    rooms[file] = room;
  }
  for (const room of Object.values(rooms) as Raw[])
    room.doorways = room.doorways?.filter((d: Raw) => !closed.has([room.id, d.to].sort().join('--')));

  const timeline = (content.timeline as Raw[]).map((e) => {
    const event = structuredClone(e);
    if (event.exhibits) event.exhibits = event.exhibits.filter((id: string) => !gone(id));
    if (event.rooms) event.rooms = event.rooms.filter((id: string) => !absentRooms.has(id));
    return event;
  });
  const result: HouseContent = { rooms, people: content.people, timeline };
  if (absentRooms.size) result.absentRooms = [...absentRooms] as RoomId[];
  return result;
}

/** What each room shows as "what changed here" in an era, relative to today (today: nothing). */
export function eraChangesOf(content: HouseContent, era: EraId): Record<RoomId, EraChange[]> {
  const changes = Object.fromEntries(ROOM_IDS.map((id) => [id, [] as EraChange[]])) as Record<RoomId, EraChange[]>;
  const rooms = Object.values(content.rooms) as Raw[];
  const outdoor = rooms.find((r) => r.kind === 'outdoor')?.id as RoomId | undefined;
  const add = (id: RoomId | undefined, note: EraChange['note'], evidence: EraChange['evidence']) => {
    if (id && !changes[id].some((c) => c.note.en === note.en)) changes[id].push({ note, evidence });
  };
  const differs = (thing: Raw) => present(thing, era) !== present(thing, DEFAULT_ERA);
  const presenceChange = (thing: Raw, ...ids: (RoomId | undefined)[]) => {
    if (differs(thing)) for (const id of ids) add(id, thing.erasNote, thing.erasEvidence);
  };
  const roomPresent = new Set(rooms.filter((r) => present(r, era)).map((r) => r.id));
  for (const room of rooms) {
    presenceChange(room, room.id, outdoor);
    if (!roomPresent.has(room.id)) continue;
    for (const c of room.changes ?? []) if (spanCovers(c.eras, era)) add(room.id, c.note, c.evidence);
    for (const d of room.doorways ?? []) {
      const then = activeIn(d.opening?.history, era);
      if (then && roomPresent.has(d.to)) for (const id of [room.id, d.to]) add(id, then.note, then.evidence);
    }
    for (const w of room.windows ?? []) {
      presenceChange(w, room.id);
      const then = activeIn(w.history, era);
      if (then && present(w, era)) add(room.id, then.note, then.evidence);
    }
    for (const x of room.exhibits ?? []) presenceChange(x, room.id);
    for (const t of room.grounds?.watchtowers ?? []) presenceChange(t, room.id);
  }
  return changes;
}

/** The eras, each era's house validated, and each era's changes; or every problem at once. */
export function validateEras(content: EraContent): {
  eras: Era[];
  eraHouses: Record<EraId, HouseWithTimeline>;
  eraChanges: Record<EraId, Record<RoomId, EraChange[]>>;
} {
  const problems: string[] = [];
  const eras = parseEras(content.eras, problems);
  checkEraFields(content.rooms, problems);
  throwIfAny(problems);
  const eraHouses = {} as Record<EraId, HouseWithTimeline>;
  const eraChanges = {} as Record<EraId, Record<RoomId, EraChange[]>>;
  for (const era of ERA_IDS) {
    try {
      eraHouses[era] = validateHouse(resolveEra(content, era));
    } catch (error) {
      if (!(error instanceof HouseContentError)) throw error;
      problems.push(...error.problems.map((p) => `(in era ${era}) ${p}`));
    }
    eraChanges[era] = eraChangesOf(content, era);
  }
  throwIfAny(problems);
  return { eras, eraHouses, eraChanges };
}
