import { describe, expect, it } from 'vitest';
import { eraHouses, house, MIN_DOOR_GAP_M, PERSON_IDS, roomFiles, type Point } from '../../rooms';
import { people } from '../../rooms/people';
import { timeline } from '../../rooms/timeline';
import { HouseContentError, validateHouse } from '../../rooms/validate';
import { gapCrossings, gapSides, partitionPlan, smallRoomAt } from '../../src/plan/partitions';
import { routeBetween } from '../../src/plan/route';
import { seesExhibit, viewingSpot } from '../../src/plan/viewingSpot';
import { sightClear } from '../../src/plan/sightLine';
import { canStand, clearLine, roomAt, step } from '../../src/plan/walkable';
import { planWalkTo } from '../../src/plan/travel';
import { createTourStore } from '../../src/state/tourStore';

const room = house.rooms['guards-house'];
const small = room.partitions!.rooms;
const centreOf = (id: string): Point => {
  const { area } = small.find((r) => r.id === id)!;
  return { xM: area.xM + area.widthM / 2, zM: area.zM + area.depthM / 2 };
};
/** A standing point near a small room's middle, clear of its furniture. */
const standIn = (id: string): Point => {
  const c = centreOf(id);
  for (const dx of [0, 1.2, -1.2])
    for (const dz of [0, 0.4, -0.4, 0.8, -0.8]) if (canStand(house, { xM: c.xM + dx, zM: c.zM + dz })) return { xM: c.xM + dx, zM: c.zM + dz };
  throw new Error(`nowhere to stand in ${id}`);
};

function problemsOf(mutate: (files: Record<string, any>) => void): string[] {
  const rooms = structuredClone(roomFiles) as Record<string, any>;
  mutate(rooms);
  try {
    validateHouse({ rooms, people, timeline });
  } catch (error) {
    if (error instanceof HouseContentError) return error.problems;
    throw error;
  }
  return [];
}
const GUARDS = 'rooms/guards-house.ts';

describe('the guards’ house divided into rooms (data)', () => {
  it('has several named small rooms off a passage, in both languages, its layout marked inferred', () => {
    expect(small.length).toBeGreaterThanOrEqual(4);
    for (const r of small) expect(r.name.en && r.name.es).toBeTruthy();
    expect(room.partitions!.evidence.status).toBe('inferred');
    expect(room.partitions!.evidence.note.en && room.partitions!.evidence.note.es).toBeTruthy();
  });

  it('puts every one of the wing’s residents the sources name in exactly one room', () => {
    const residents = room.exhibits.find((x) => x.id === 'residents')!.people;
    const sleepers = small.flatMap((r) => r.people);
    expect([...sleepers].sort()).toEqual([...residents].sort());
    for (const p of sleepers) expect(PERSON_IDS).toContain(p);
  });

  it('gives every door gap at least 0.8 m, between two different small rooms', () => {
    for (const w of room.partitions!.walls) for (const d of w.doors) expect(d.widthM).toBeGreaterThanOrEqual(MIN_DOOR_GAP_M);
    const { gaps } = partitionPlan(room);
    expect(gaps.length).toBeGreaterThanOrEqual(small.length - 1);
    for (const g of gaps) {
      const [a, b] = gapSides(room, g);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeGreaterThanOrEqual(0);
      expect(a).not.toBe(b);
    }
  });

  it('is missing with the wing itself in May 1939, and the same in every later era', () => {
    expect(eraHouses['1939-05'].rooms['guards-house']).toBeUndefined();
    for (const era of ['1940-05-24', '1940-08'] as const) expect(eraHouses[era].rooms['guards-house'].partitions).toEqual(room.partitions);
  });

  it('names the file and field of a broken partition', () => {
    expect(problemsOf((f) => (f[GUARDS].partitions.walls[0].doors[0].widthM = 0.6))).toEqual([
      expect.stringMatching(/^rooms\/guards-house\.ts: partitions\.walls\[0\]\.doors\[0\]\.widthM: /),
    ]);
    expect(problemsOf((f) => (f[GUARDS].partitions.walls[0].to = { xM: 9, zM: 34 }))).toEqual([
      'rooms/guards-house.ts: partitions.walls[0].to: a partition runs straight east or straight south from "from"',
    ]);
    // Closing a room's only door leaves it out of reach.
    expect(problemsOf((f) => (f[GUARDS].partitions.walls[1].doors = [f[GUARDS].partitions.walls[1].doors[0]]))).toContain(
      'rooms/guards-house.ts: partitions.rooms[4]: "cook-and-servant" cannot be reached through a door gap',
    );
    // A wall through the cot.
    expect(
      problemsOf((f) => f[GUARDS].partitions.walls.push({ from: { xM: 4.5, zM: 31 }, to: { xM: 4.5, zM: 34 }, doors: [] })),
    ).toContain('rooms/guards-house.ts: exhibits[1].model: a partition wall cuts through "residents"');
    expect(problemsOf((f) => (f[GUARDS].partitions.rooms[0].area.widthM = 1))[0]).toMatch(
      /^rooms\/guards-house\.ts: partitions\.rooms: the small rooms cover 69\.6[0-9]* m² of the room's 72 m²$/,
    );
  });
});

describe('walking in the divided guards’ house', () => {
  it('cannot stand inside a partition, but can in its door gaps', () => {
    const { solids, gaps } = partitionPlan(room);
    for (const s of solids) expect(canStand(house, { xM: s.xM + s.widthM / 2, zM: s.zM + s.depthM / 2 })).toBe(false);
    for (const g of gaps) expect(canStand(house, g.at)).toBe(true);
  });

  it('stops at a partition when walking straight at it, and stays in the same small room', () => {
    const store = createTourStore(house);
    store.getState().arriveFromUrl({ kind: 'room', roomId: 'guards-house' }, { initial: true });
    // In the Rosmers’ room, level with no gap, facing west at the passage wall.
    store.setState({ pose: { xM: 11, zM: 28.8, headingDeg: 270, pitchDeg: 0 } });
    for (let i = 0; i < 60; i++) store.getState().walk(0.1, 0);
    expect(smallRoomAt(room, store.getState().pose)?.id).toBe('rosmers');
    expect(store.getState().pose.xM).toBeGreaterThan(8.7);
    // And south, at the wall between the two eastern rooms.
    store.setState({ pose: { xM: 11, zM: 29.5, headingDeg: 180, pitchDeg: 0 } });
    for (let i = 0; i < 60; i++) store.getState().walk(0.1, 0);
    expect(smallRoomAt(room, store.getState().pose)?.id).toBe('rosmers');
  });

  it('walks through a door gap when level with it', () => {
    const gap = partitionPlan(room).gaps[0];
    let p: Point = { xM: gap.at.xM + 1, zM: gap.at.zM };
    for (let i = 0; i < 25; i++) p = step(house, p, -0.1, 0);
    expect(p.xM).toBeLessThan(gap.at.xM - 0.5);
    expect(smallRoomAt(room, p)).not.toBe(smallRoomAt(room, { xM: gap.at.xM + 1, zM: gap.at.zM }));
  });

  it('plans a click on the floor of every small room from every other, and from the garden, through the gaps', () => {
    const garden = { xM: 8, zM: 25 };
    for (const a of small)
      for (const b of small) {
        const from = standIn(a.id);
        const travel = planWalkTo(house, { ...from, headingDeg: 0, pitchDeg: 0 }, 'guards-house', standIn(b.id), 'guards-house', false);
        expect(travel, `${a.id} → ${b.id}`).not.toBeNull();
        [from, ...travel!.waypoints].forEach((p, i, all) => i && expect(clearLine(house, all[i - 1], p)).toBe(true));
        if (a.id !== b.id && a.id !== 'passage' && b.id !== 'passage') expect(travel!.waypoints.length).toBeGreaterThanOrEqual(5);
      }
    for (const b of small) {
      const travel = planWalkTo(house, { ...garden, headingDeg: 180, pitchDeg: 0 }, roomAt(house, garden)!, standIn(b.id), 'guards-house', false);
      expect(travel, `garden → ${b.id}`).not.toBeNull();
    }
  });

  it('routes guided glides through the gaps, never through a partition', () => {
    for (const a of small)
      for (const b of small) {
        const from = standIn(a.id);
        const route = routeBetween(house, from, standIn(b.id));
        expect(route, `${a.id} → ${b.id}`).not.toBeNull();
        [from, ...route!].forEach((p, i, all) => i && expect(clearLine(house, all[i - 1], p)).toBe(true));
      }
  });

  it('crosses no gap within one small room, two between two side rooms', () => {
    expect(gapCrossings(room, standIn('rosmers'), { xM: 13, zM: 29 })).toEqual([]);
    expect(gapCrossings(room, standIn('rosmers'), standIn('guards'))).toHaveLength(4);
  });

  it('keeps every exhibit of the wing reachable and in sight from its viewing spot; a partition hides it from elsewhere', () => {
    const entrance = house.entrances['guards-house'];
    for (const x of room.exhibits) {
      const spot = viewingSpot(house, x.id);
      expect(canStand(house, spot), x.id).toBe(true);
      expect(roomAt(house, spot)).toBe('guards-house');
      expect(seesExhibit(house, spot, x.id), x.id).toBe(true);
      expect(routeBetween(house, entrance, spot), x.id).not.toBeNull();
    }
    // The cot, in the assistants’ room, cannot be seen from the middle of the Rosmers’ room.
    expect(sightClear(house, standIn('rosmers'), 'residents')).toBe(false);
  });
});
