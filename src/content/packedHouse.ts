// The house as shipped: every room, doorway and exhibit once. The validated house holds the same objects in several
// places (the open-air room is also `outdoor`, each doorway also sits in two rooms' exits, each exhibit also in the
// exhibit index), and JSON would copy each of them, about 40 % of the data. The index is rebuilt on load.
import type { House } from '../../rooms/validate';
import type { RoomId } from '../../rooms/schema';

export interface PackedHouse extends Omit<House, 'outdoor' | 'exits' | 'exhibits'> {
  outdoorId: RoomId;
  /** For each room, its exits as [room it leads to, index in `doorways`], in the room's order. */
  exits: Record<RoomId, [RoomId, number][]>;
}

/** The house as the page gets it: its timeline, if it has one, is left out (shipped apart, virtual:timeline). */
export function packHouse({ outdoor, exits, exhibits: _index, timeline: _shippedApart, ...rest }: House & { timeline?: unknown }): PackedHouse {
  const packedExits = Object.fromEntries(
    Object.entries(exits).map(([id, list]) => [id, list.map(({ to, doorway }) => [to, rest.doorways.indexOf(doorway)] as [RoomId, number])]),
  ) as PackedHouse['exits'];
  return { ...rest, outdoorId: outdoor.id, exits: packedExits };
}

type Bilingual = { en: string; es: string };
const isBilingual = (v: unknown): v is Bilingual =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Bilingual).en === 'string' && typeof (v as Bilingual).es === 'string';

function blankWords<T>(value: T): T {
  if (Array.isArray(value)) return value.map(blankWords) as T;
  if (isBilingual(value)) return { en: '', es: '' } as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blankWords(v)])) as T;
  return value;
}

/**
 * The packed house without its words, for the worker that builds the meshes: every text in both languages left
 * empty, no people. Geometry reads none of them (a unit test builds both and compares), and the
 * worker is fetched before the page's own scripts, so it should carry 4 KB of shapes rather than 33 KB of content.
 */
export function packHouseShape(house: House): PackedHouse {
  const packed = packHouse(house);
  // The meshes need a divided room's walls, not its small rooms (copied: the rooms are the validated house's own).
  const rooms = Object.fromEntries(
    Object.entries(packed.rooms).map(([id, r]) => [id, r.partitions ? { ...r, partitions: { ...r.partitions, rooms: [] } } : r]),
  ) as House['rooms'];
  return blankWords({ ...packed, rooms, people: {} as House['people'] });
}

/**
 * The packed house with every exhibit's caption left empty, and the captions apart, by exhibit id. Captions are
 * the house's longest words (10 KB of its 29 KB gzip) and none is read before a visitor opens an object, so the
 * page starts without them and fetches them after its first frame (captions.ts).
 */
export function splitCaptions(packed: PackedHouse): { house: PackedHouse; captions: Record<string, Bilingual> } {
  const captions: Record<string, Bilingual> = {};
  const rooms = Object.fromEntries(
    Object.entries(packed.rooms).map(([id, room]) => [
      id,
      {
        ...room,
        exhibits: room.exhibits.map((x) => {
          captions[x.id] = x.caption;
          return { ...x, caption: { en: '', es: '' } };
        }),
      },
    ]),
  ) as PackedHouse['rooms'];
  return { house: { ...packed, rooms }, captions };
}

export function unpackHouse({ outdoorId, exits, ...rest }: PackedHouse): House {
  // In tour order and each room's own order, as the validator builds it.
  const exhibits: House['exhibits'] = {};
  for (const roomId of rest.order) for (const exhibit of rest.rooms[roomId].exhibits) exhibits[exhibit.id] = { roomId, exhibit };
  return {
    ...rest,
    outdoor: rest.rooms[outdoorId],
    exits: Object.fromEntries(
      Object.entries(exits).map(([id, list]) => [id, list.map(([to, i]) => ({ to, doorway: rest.doorways[i] }))]),
    ) as House['exits'],
    exhibits,
  };
}
