import { describe, expect, it } from 'vitest';
import { eraChanges, eraHouses, eras, house, roomContent, SOURCE_FILES, ERA_IDS, type EraId, type RoomId } from '../../rooms';
import { eras as eraList } from '../../rooms/eras';
import { people } from '../../rooms/people';
import { timeline } from '../../rooms/timeline';
import { HouseContentError } from '../../rooms/validate';
import { resolveEra, validateEras, type EraContent } from '../../rooms/validate/eras';
import { routeBetween } from '../../src/plan/route';
import { roomPath } from '../../src/plan/travel';
import { canStand } from '../../src/plan/walkable';

/** The era content as the house has it, deep-copied so a test can break one piece. */
function content(): EraContent & { rooms: Record<string, any>; eras: any[] } {
  return structuredClone({ rooms: roomContent, people, timeline, eras: eraList }) as EraContent & { rooms: Record<string, any>; eras: any[] };
}
function problemsOf(c: EraContent): string[] {
  try {
    validateEras(c);
  } catch (error) {
    if (error instanceof HouseContentError) return error.problems;
    throw error;
  }
  return [];
}
const exhibitIndex = (c: ReturnType<typeof content>, file: string, id: string) =>
  (c.rooms[file].exhibits as { id: string }[]).findIndex((x) => x.id === id);
const before: EraId[] = ['1939-05', '1940-05-24', '1940-08'];

describe('the era schema', () => {
  it('accepts the eras, oldest first, each dated, described in both languages and with its evidence', () => {
    expect(eras.map((e) => e.id)).toEqual([...ERA_IDS]);
    expect(eras.at(-1)?.id).toBe('today');
    for (const era of eras) {
      expect(era.date).toMatch(/^(\d{4}(-\d{2}(-\d{2})?)?|today)$/);
      for (const text of [era.name, era.label, era.description]) expect(text.en && text.es).toBeTruthy();
    }
    expect(eras.find((e) => e.id === '1940-05-24')?.light).toBe('night');
    expect(problemsOf(content())).toEqual([]);
  });

  it('rejects an unknown era id in a span, at its field', () => {
    const c = content();
    c.rooms['rooms/kitchen.ts'].windows[0].history[0].eras.until = '1941-01';
    expect(problemsOf(c)).toEqual([expect.stringMatching(/^rooms\/kitchen\.ts: windows\[0\]\.history\[0\]\.eras\.until: .*"1939-05"/)]);
  });

  it('rejects an era without a date, naming rooms/eras.ts and the field', () => {
    const c = content();
    delete c.eras[1].date;
    expect(problemsOf(c)).toEqual([expect.stringMatching(/^rooms\/eras\.ts: \[1\]\.date: /)]);
  });

  it('rejects eras out of order', () => {
    const c = content();
    c.eras[2].date = '1939-01';
    expect(problemsOf(c)).toEqual([expect.stringMatching(/^rooms\/eras\.ts: \[2\]\.date: "1939-01" does not come after "1940-05-24"/)]);
  });

  it('rejects an exhibit whose span covers no era', () => {
    const c = content();
    const i = exhibitIndex(c, 'rooms/garden.ts', 'tomb');
    c.rooms['rooms/garden.ts'].exhibits[i].eras = { from: 'today', until: '1940-08' };
    expect(problemsOf(c)).toEqual([`rooms/garden.ts: exhibits[${i}].eras: exists in no era: "from" must come before "until"`]);
  });

  it('rejects an exhibit of a room for eras in which the room does not exist', () => {
    const c = content();
    c.rooms['rooms/guards-house.ts'].exhibits[1].eras = { until: '1940-05-24' };
    c.rooms['rooms/guards-house.ts'].exhibits[1].erasNote = { en: 'x', es: 'x' };
    c.rooms['rooms/guards-house.ts'].exhibits[1].erasEvidence = { status: 'inferred', note: { en: 'x', es: 'x' }, sources: [] };
    expect(problemsOf(c)).toEqual([
      'rooms/guards-house.ts: exhibits[1].eras: exists in no era: the room itself exists only in 1940-05-24, 1940-08, today',
    ]);
  });

  it('rejects a thing limited to some eras without its evidence, and a dated change that covers today', () => {
    const c = content();
    const i = exhibitIndex(c, 'rooms/garden.ts', 'tomb');
    delete c.rooms['rooms/garden.ts'].exhibits[i].erasEvidence;
    c.rooms['rooms/kitchen.ts'].windows[0].history[0].eras = { from: '1940-08' };
    const problems = problemsOf(c);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^rooms/garden\\.ts: exhibits\\[${i}\\]\\.erasNote: `)));
    expect(problems).toContainEqual(expect.stringMatching(/^rooms\/kitchen\.ts: windows\[0\]\.history\[0\]\.eras: covers "today"/));
  });

  it('names the era when a resolved house fails, and the file and field', () => {
    const c = content();
    // The bedroom's garden door as a door today too: it then cuts through the window that replaced it.
    delete c.rooms['rooms/bedroom.ts'].doorways[2].opening.kind;
    expect(problemsOf(c)).toEqual([expect.stringMatching(/^\(in era today\) rooms\/bedroom\.ts: windows\[0\]\.alongM: overlaps the doorway to "garden"/)]);
  });
});

describe('the evidence of every change', () => {
  const all = ERA_IDS.flatMap((era) => Object.entries(eraChanges[era]).flatMap(([room, list]) => list.map((c) => ({ era, room, ...c }))));

  it('lists what changed in each room of each era, and nothing for today', () => {
    for (const era of before) expect(Object.values(eraChanges[era]).flat().length).toBeGreaterThan(3);
    expect(Object.values(eraChanges.today).flat()).toEqual([]);
  });

  it('cites a source for every documented change, and none for an inferred one', () => {
    expect(all.length).toBeGreaterThan(10);
    for (const c of all) {
      expect(c.note.en && c.note.es, `${c.era} ${c.room}`).toBeTruthy();
      if (c.evidence.status === 'documented') {
        expect(c.evidence.sources.length, `${c.era} ${c.room}: ${c.note.en}`).toBeGreaterThan(0);
        for (const s of c.evidence.sources) expect(SOURCE_FILES).toContain(s);
      } else expect(c.evidence.sources).toEqual([]);
    }
  });

  it('says which article documents each change the sources give', () => {
    const change = (era: EraId, room: RoomId, starts: string) => eraChanges[era][room].find((c) => c.note.en.startsWith(starts));
    const BLOG = '002_b34dec8bdd231af5.txt';
    expect(change('1939-05', 'guards-house', 'The guards’ house')?.evidence.sources).toContain(BLOG);
    expect(change('1939-05', 'grandsons-room', 'Sieva')?.evidence.sources).toContain(BLOG);
    expect(change('1939-05', 'office', 'The staff')?.evidence.sources).toContain(BLOG);
    expect(change('1940-05-24', 'kitchen', 'The east window')?.evidence.sources).toContain(BLOG);
    expect(change('1940-05-24', 'bedroom', 'The bed')?.evidence.status).toBe('documented');
    expect(change('1940-05-24', 'garden', 'The watchtowers')?.evidence.sources).toContain(BLOG);
    expect(change('1940-08', 'garden', 'The tomb')?.evidence.sources).toEqual([BLOG, '001_9df9e8124444cb9b.txt']);
    // Dated only by us: the office's bricking.
    expect(change('1940-05-24', 'office', 'The Morelos windows')?.evidence.status).toBe('inferred');
    expect(change('1940-05-24', 'office', 'The Viena portico')?.evidence.status).toBe('inferred');
  });
});

describe('every era’s house', () => {
  it('validates, and today’s is the house the app is sent, without era fields', () => {
    expect(Object.keys(eraHouses)).toEqual([...ERA_IDS]);
    expect(eraHouses.today).toBe(house);
    const json = JSON.stringify(house);
    for (const key of ['"history"', '"captionThen"', '"erasNote"', '"erasEvidence"', '"original-bed"']) expect(json).not.toContain(key);
  });

  it.each(ERA_IDS)('can be walked in %s: every entrance and doorway can be stood on, every room reached from the garden', (era) => {
    const h = eraHouses[era];
    for (const id of h.order) {
      expect(canStand(h, h.entrances[id]), `${era}: entrance of ${id}`).toBe(true);
      expect(routeBetween(h, h.entrances.garden, h.entrances[id]), `${era}: route to ${id}`).not.toBeNull();
    }
    for (const d of h.doorways) expect(canStand(h, d.centre), `${era}: ${d.id}`).toBe(true);
  });

  it('leaves the guards’ house out of May 1939 only, and every other era intact', () => {
    const early = eraHouses['1939-05'];
    expect(early.order).not.toContain('guards-house');
    expect(early.exits.garden.map((e) => e.to)).not.toContain('guards-house');
    expect(early.exhibits.residents).toBeUndefined();
    expect(early.timeline.flatMap((e) => e.exhibits)).not.toContain('family-wing');
    expect(early.exhibits.cacti.exhibit.related).toEqual(['rabbit-hutches', 'perimeter-walls']);
    for (const era of ['1940-05-24', '1940-08', 'today'] as const) {
      expect(eraHouses[era].order).toContain('guards-house');
      expect(eraHouses[era].exhibits.residents?.roomId).toBe('guards-house');
    }
  });

  it('keeps the other eras (and today) as they are when a structure is removed from one more era', () => {
    const c = content();
    c.rooms['rooms/guards-house.ts'].eras = { from: '1940-08' };
    const { eraHouses: changed } = validateEras(c);
    expect(changed['1940-05-24'].order).not.toContain('guards-house');
    expect(changed['1940-05-24'].exhibits['trapped-by-gunfire']).toBeUndefined();
    expect(changed.today).toEqual(house);
    expect(changed['1940-08']).toEqual(eraHouses['1940-08']);
    expect(changed['1939-05']).toEqual(eraHouses['1939-05']);
  });

  it('resolves plain room files: no era keys left for the room schema', () => {
    const resolved = JSON.stringify(resolveEra(content(), '1940-05-24').rooms);
    for (const key of ['"history"', '"captionThen"', '"eras"', '"erasNote"', '"changes"', '"kind":"window"']) expect(resolved).not.toContain(key);
  });
});

describe('what differs between eras', () => {
  const kitchenEast = (era: EraId) => eraHouses[era].rooms.kitchen.windows.find((w) => w.id === 'east-window')?.state;

  it('bricks the kitchen’s east window after the raid', () => {
    expect(kitchenEast('1940-05-24')).toBe('barred');
    expect(kitchenEast('1940-08')).toBe('bricked');
    expect(kitchenEast('today')).toBe('bricked');
    expect(eraHouses['1940-05-24'].exhibits['bricked-east-window'].exhibit.caption.en).toMatch(/still open to the street/);
    expect(eraHouses['1940-08'].exhibits['bricked-east-window'].exhibit.caption.en).toBe(house.exhibits['bricked-east-window'].exhibit.caption.en);
  });

  it('puts up the watchtowers from August 1940', () => {
    for (const era of ['1939-05', '1940-05-24'] as const) {
      expect(eraHouses[era].rooms.garden.grounds?.watchtowers).toEqual([]);
      expect(eraHouses[era].exhibits.watchtowers).toBeUndefined();
      expect(eraHouses[era].exhibits['perimeter-walls'].exhibit.related).not.toContain('watchtowers');
    }
    for (const era of ['1940-08', 'today'] as const) {
      expect(eraHouses[era].rooms.garden.grounds?.watchtowers).toHaveLength(2);
      expect(eraHouses[era].exhibits.watchtowers).toBeDefined();
    }
  });

  it('shows the tomb and its flag only today', () => {
    for (const era of before) expect(eraHouses[era].exhibits.tomb, era).toBeUndefined();
    expect(house.exhibits.tomb.exhibit.model.kind).toBe('tomb');
  });

  it('makes the bedroom’s garden opening a door in 1940 and a window today', () => {
    for (const era of before) {
      const h = eraHouses[era];
      const door = h.exits.bedroom.find((e) => e.to === 'garden')?.doorway;
      expect(door?.geometry.leaf, era).toBe('door');
      expect(h.exits.garden.map((e) => e.to)).toContain('bedroom');
      expect(h.rooms.bedroom.windows.find((w) => w.id === 'former-garden-door')).toBeUndefined();
      expect(roomPath(h, 'garden', 'bedroom')).toEqual(['garden', 'bedroom']);
    }
    expect(house.exits.bedroom.map((e) => e.to)).not.toContain('garden');
    expect(house.rooms.bedroom.windows.find((w) => w.id === 'former-garden-door')?.formerly).toBe('door');
    expect(eraHouses['1940-05-24'].exhibits['attackers-doors'].exhibit.caption.en).toMatch(/still a door/);
  });

  it('has the couple’s own bed before the museum, the replacement today, and bullet holes from the raid on', () => {
    for (const era of before) {
      expect(eraHouses[era].exhibits['original-bed']?.roomId).toBe('bedroom');
      expect(eraHouses[era].exhibits['replacement-bed']).toBeUndefined();
    }
    expect(house.exhibits['replacement-bed']).toBeDefined();
    expect(house.exhibits['original-bed']).toBeUndefined();
    expect(eraHouses['1939-05'].exhibits['bullet-holes']).toBeUndefined();
    expect(eraHouses['1939-05'].exhibits['original-bed'].exhibit.caption.en).toMatch(/still whole/);
    expect(eraHouses['1940-05-24'].exhibits['bullet-holes']).toBeDefined();
  });

  it('fits the metal door to the bathroom with the fortress', () => {
    const leaf = (era: EraId) => eraHouses[era].doorways.find((d) => d.id === 'bathroom--bedroom')?.geometry.leaf;
    expect([leaf('1939-05'), leaf('1940-05-24'), leaf('1940-08'), leaf('today')]).toEqual(['door', 'door', 'armored', 'armored']);
  });
});
