import { describe, expect, it } from 'vitest';
import { house } from '../../rooms';
import { sourceList } from '../../rooms/sources';
import { SourceSchema, SOURCE_FILES, PERSON_IDS } from '../../rooms/schema';
import { HouseContentError, validateHouse } from '../../rooms/validate';
import { modelRectangle } from '../../src/plan/modelRectangle';
import { houseContent, houseFiles } from './fixtures';

const all = Object.values(house.exhibits);

function problemsOf(content = houseContent()): string[] {
  try {
    validateHouse(content);
    return [];
  } catch (e) {
    if (e instanceof HouseContentError) return e.problems;
    throw e;
  }
}

describe('the exhibits', () => {
  it('fill every room', () => {
    for (const id of house.order) expect(house.rooms[id].exhibits.length, id).toBeGreaterThanOrEqual(2);
  });

  it('speak English and Spanish, in different words', () => {
    for (const { exhibit: x } of all) {
      for (const text of [x.name, x.caption]) {
        expect(text.en.trim().length, x.id).toBeGreaterThan(0);
        expect(text.es.trim().length, x.id).toBeGreaterThan(0);
      }
      expect(x.caption.es, x.id).not.toBe(x.caption.en);
    }
  });

  it('have captions of two to four sentences', () => {
    for (const { exhibit: x } of all)
      for (const lang of ['en', 'es'] as const) {
        const sentences = x.caption[lang].split(/(?<=[.!?…])\s+(?=[A-ZÁÉÍÓÚÑ¿¡“«"])/).length;
        expect(sentences, `${x.id} (${lang})`).toBeGreaterThanOrEqual(2);
        expect(sentences, `${x.id} (${lang})`).toBeLessThanOrEqual(5);
      }
  });

  it('cite at least one source that exists', () => {
    for (const { exhibit: x } of all) {
      expect(x.sources.length, x.id).toBeGreaterThan(0);
      for (const s of x.sources) expect(SOURCE_FILES).toContain(s);
    }
    for (const s of sourceList) expect(() => SourceSchema.parse(s)).not.toThrow();
  });

  it('stand inside their rooms', () => {
    for (const { roomId, exhibit } of all) {
      const f = house.rooms[roomId].footprint;
      const r = modelRectangle(exhibit);
      expect(r.xM, exhibit.id).toBeGreaterThanOrEqual(f.xM);
      expect(r.zM, exhibit.id).toBeGreaterThanOrEqual(f.zM);
      expect(r.xM + r.widthM, exhibit.id).toBeLessThanOrEqual(f.xM + f.widthM);
      expect(r.zM + r.depthM, exhibit.id).toBeLessThanOrEqual(f.zM + f.depthM);
    }
  });

  it('include the documented objects the museum is known for', () => {
    for (const id of ['icebox', 'ediphone', 'underwood-typewriter', 'north-bookcase', 'trotskys-desk', 'bullet-holes', 'armored-doors', 'rabbit-hutches', 'tomb', 'sievas-bed'])
      expect(house.exhibits[id], id).toBeDefined();
  });

  it('rejects two exhibits with the same id', () => {
    const rooms = houseFiles();
    rooms['rooms/kitchen.ts'].exhibits.push({ ...rooms['rooms/kitchen.ts'].exhibits[0] });
    expect(problemsOf(houseContent(rooms))).toContainEqual(expect.stringMatching(/^rooms\/kitchen\.ts: exhibits\[\d+\]\.id: "icebox" is already used/));
  });

  it('rejects an exhibit placed outside its room', () => {
    const rooms = houseFiles();
    rooms['rooms/study.ts'].exhibits[0].model.xM = 100;
    expect(problemsOf(houseContent(rooms))).toContainEqual(expect.stringMatching(/^rooms\/study\.ts: exhibits\[0\]\.model: /));
  });

  it('rejects an exhibit with a caption in one language only', () => {
    const rooms = houseFiles();
    delete rooms['rooms/office.ts'].exhibits[0].caption.es;
    expect(problemsOf(houseContent(rooms))).toContainEqual(expect.stringMatching(/^rooms\/office\.ts: exhibits\[0\]\.caption\.es: /));
  });

  it('rejects a link to an exhibit that does not exist', () => {
    const rooms = houseFiles();
    rooms['rooms/bedroom.ts'].exhibits[0].related.push('piano');
    expect(problemsOf(houseContent(rooms))).toContainEqual(expect.stringMatching(/^rooms\/bedroom\.ts: exhibits\[0\]\.related\[\d+\]: no exhibit or room "piano"/));
  });
});

describe('people and dates', () => {
  it('describe every person the exhibits name', () => {
    for (const id of PERSON_IDS) expect(house.people[id], id).toBeDefined();
    for (const { exhibit } of all) for (const p of exhibit.people) expect(house.people[p]).toBeDefined();
  });

  it('put the timeline in order and link it to existing exhibits', () => {
    const dates = house.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const e of house.timeline) for (const x of e.exhibits) expect(house.exhibits[x], x).toBeDefined();
  });

  it('say where the sources disagree: the arrival in Mexico and the move to this house', () => {
    const disagreements = house.timeline.filter((e) => e.disagreement).map((e) => `${e.dateLabel.en} ${e.text.en}`);
    expect(disagreements.some((d) => /1936/.test(d) && /1937/.test(d))).toBe(true);
    expect(disagreements.some((d) => /early 1939/i.test(d) || /May 1939/.test(d))).toBe(true);
  });
});
