import { describe, expect, it } from 'vitest';
import { eraHouses, house, tours, type TourStop } from '../../rooms';
import { HouseContentError } from '../../rooms/validate';
import { tourFiles } from '../../rooms/tours';
import { validateTours } from '../../rooms/tours/validateTours';
import { sentencesOf } from '../../rooms/tours/sentences';
import { NARRATION_MAX_SENTENCES, NARRATION_MIN_SENTENCES } from '../../rooms/tourSchema';
import { roomPath } from '../../src/plan/travel';
import { canStand, roomAt } from '../../src/plan/walkable';

const TEN_MINUTES = 'rooms/tours/house-in-ten-minutes.ts';
const RAID = 'rooms/tours/night-of-24-may-1940.ts';

/** The tour files as they are, deep-copied so a test can break one without touching the others. */
const tourFilesCopy = () => structuredClone(tourFiles) as Record<string, any>;

function problemsOf(files: Record<string, unknown>): string[] {
  try {
    validateTours(files, house, eraHouses);
  } catch (e) {
    if (e instanceof HouseContentError) return e.problems;
    throw e;
  }
  return [];
}

describe('the tour schema', () => {
  it('accepts the tours as they are, in their order', () => {
    expect(problemsOf(tourFilesCopy())).toEqual([]);
    expect(tours.map((t) => t.id)).toEqual(['house-in-ten-minutes', 'a-day-in-the-house', 'night-of-24-may-1940']);
  });

  it('rejects a stop in a room that does not exist', () => {
    const files = tourFilesCopy();
    files[TEN_MINUTES].stops[1].room = 'attic';
    expect(problemsOf(files)).toEqual([expect.stringMatching(/^rooms\/tours\/house-in-ten-minutes\.ts: stops\[1\]\.room: /)]);
  });

  it('rejects an exhibit that does not exist', () => {
    const files = tourFilesCopy();
    files[RAID].stops[5].look.exhibit = 'bed';
    expect(problemsOf(files)).toEqual([
      'rooms/tours/night-of-24-may-1940.ts: stops[5].look.exhibit: no exhibit "bed" in the house',
    ]);
  });

  it('rejects an exhibit of another room', () => {
    const files = tourFilesCopy();
    files[RAID].stops[5].look.exhibit = 'sievas-bed';
    expect(problemsOf(files)).toEqual([
      'rooms/tours/night-of-24-may-1940.ts: stops[5].look.exhibit: "sievas-bed" is not an exhibit of "bedroom" (it is in "grandsons-room")',
    ]);
  });

  it('rejects an empty narration, in either language', () => {
    const files = tourFilesCopy();
    files[TEN_MINUTES].stops[2].narration.es = '   ';
    expect(problemsOf(files)[0]).toMatch(/^rooms\/tours\/house-in-ten-minutes\.ts: stops\[2\]\.narration\.es: /);
  });

  it(`rejects a narration of fewer than ${NARRATION_MIN_SENTENCES} or more than ${NARRATION_MAX_SENTENCES} sentences`, () => {
    const files = tourFilesCopy();
    files[TEN_MINUTES].stops[2].narration.en = 'One sentence only.';
    files[TEN_MINUTES].stops[3].narration.en = 'One. Two. Three. Four. Five. Six.';
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(/^rooms\/tours\/house-in-ten-minutes\.ts: stops\[2\]\.narration\.en: a narration has 2 to 5/),
      expect.stringMatching(/^rooms\/tours\/house-in-ten-minutes\.ts: stops\[3\]\.narration\.en: a narration has 2 to 5/),
    ]);
  });

  it('rejects a stop that cites no source', () => {
    const files = tourFilesCopy();
    files[TEN_MINUTES].stops[0].sources = [];
    expect(problemsOf(files)).toEqual([
      'rooms/tours/house-in-ten-minutes.ts: stops[0].sources: cite at least one source',
    ]);
  });

  it('rejects a standing point outside the stop’s room', () => {
    const files = tourFilesCopy();
    const study = files[RAID].stops.findIndex((s: { room: string }) => s.room === 'study');
    // The raid's study stop looks at an exhibit; stood at a point across the wall instead, in the bedroom.
    files[RAID].stops[study].look = { kind: 'view', xM: 24, zM: 3, headingDeg: 270 };
    const garden = files[TEN_MINUTES].stops.findIndex((s: { look: { kind: string } }) => s.look.kind === 'view');
    files[TEN_MINUTES].stops[garden].look.zM = 3; // under the bedroom's roof: not the open garden
    expect(problemsOf(files)).toEqual([
      `rooms/tours/house-in-ten-minutes.ts: stops[${garden}].look: the point (22, 3) is not inside "garden"`,
      `rooms/tours/night-of-24-may-1940.ts: stops[${study}].look: the point (24, 3) is not inside "study"`,
    ]);
  });

  it('rejects a mention of an exhibit that does not exist', () => {
    const files = tourFilesCopy();
    files[TEN_MINUTES].stops[0].mentions = ['tomb', 'flag'];
    expect(problemsOf(files)).toEqual(['rooms/tours/house-in-ten-minutes.ts: stops[0].mentions[1]: no exhibit "flag" in the house']);
  });

  it('rejects two tours with one id, and an id that is not the file’s name', () => {
    const files = tourFilesCopy();
    files['rooms/tours/copy.ts'] = structuredClone(files[TEN_MINUTES]);
    expect(problemsOf(files)).toEqual([
      'rooms/tours/copy.ts: id: "house-in-ten-minutes" does not match the file name "copy"',
      'rooms/tours/copy.ts: id: "house-in-ten-minutes" is already used by rooms/tours/house-in-ten-minutes.ts',
    ]);
  });

  it('rejects a tour of one stop, and a length that is not a whole number of minutes', () => {
    const files = tourFilesCopy();
    files[RAID].stops = files[RAID].stops.slice(0, 1);
    files[RAID].minutes = 7.5;
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(/^rooms\/tours\/night-of-24-may-1940\.ts: minutes: /),
      expect.stringMatching(/^rooms\/tours\/night-of-24-may-1940\.ts: stops: a tour has at least two stops/),
    ]);
  });
});

describe('the tours', () => {
  const stops = tours.flatMap((tour) => tour.stops.map((stop, i) => ({ tour, stop, at: `${tour.id} stop ${i + 1}` })));
  /** The house a stop is shown in: its era's, or today's. */
  const houseOf = (stop: TourStop) => (stop.era ? eraHouses[stop.era] : house);

  it('stop in rooms that exist, at exhibits of those rooms, and mention exhibits that exist', () => {
    for (const { stop, at } of stops) {
      const h = houseOf(stop);
      expect(h.rooms[stop.room], at).toBeDefined();
      if (stop.look.kind === 'exhibit') expect(h.exhibits[stop.look.exhibit]?.roomId, at).toBe(stop.room);
      for (const id of stop.mentions) expect(h.exhibits[id], `${at} mentions ${id}`).toBeDefined();
    }
  });

  it('go from stop to stop through doorways, every room reachable from the garden', () => {
    for (const tour of tours)
      tour.stops.forEach((stop, i) => {
        expect(roomPath(houseOf(stop), 'garden', stop.room), `${tour.id} stop ${i + 1}`).not.toBeNull();
        if (i > 0) expect(roomPath(houseOf(stop), tour.stops[i - 1].room, stop.room), `${tour.id} stops ${i}→${i + 1}`).not.toBeNull();
      });
  });

  it('stand the visitor where a visitor may stand, in the stop’s room', () => {
    for (const { stop, at } of stops) {
      if (stop.look.kind !== 'view') continue;
      expect(canStand(houseOf(stop), stop.look), at).toBe(true);
      expect(roomAt(houseOf(stop), stop.look), at).toBe(stop.room);
    }
  });

  it('say everything in English and in Spanish', () => {
    for (const tour of tours) {
      for (const text of [tour.title, tour.summary]) for (const lang of ['en', 'es'] as const) expect(text[lang].trim(), tour.id).not.toBe('');
      expect(tour.summary.en, `${tour.id} summary is one line`).not.toMatch(/\n/);
    }
    for (const { stop, at } of stops)
      for (const lang of ['en', 'es'] as const) {
        expect(stop.title[lang].trim(), at).not.toBe('');
        const n = sentencesOf(stop.narration[lang]).length;
        expect(n, `${at} (${lang}): ${n} sentences`).toBeGreaterThanOrEqual(NARRATION_MIN_SENTENCES);
        expect(n, `${at} (${lang}): ${n} sentences`).toBeLessThanOrEqual(NARRATION_MAX_SENTENCES);
      }
  });

  it('give an estimated length close to the time their narration takes', () => {
    // English read aloud at about 150 words a minute, and some 15 s per stop to move there and look.
    const WORDS_PER_MINUTE = 150;
    const MOVE_AND_LOOK_MIN = 0.25;
    for (const tour of tours) {
      const words = tour.stops.reduce((n, s) => n + s.narration.en.split(/\s+/).length, 0);
      const estimateMin = words / WORDS_PER_MINUTE + tour.stops.length * MOVE_AND_LOOK_MIN;
      expect(tour.minutes, `${tour.id}: ${words} words, about ${estimateMin.toFixed(1)} min`).toBeGreaterThanOrEqual(Math.floor(estimateMin * 0.75));
      expect(tour.minutes, `${tour.id}: ${words} words, about ${estimateMin.toFixed(1)} min`).toBeLessThanOrEqual(Math.ceil(estimateMin * 1.5));
    }
  });
});

describe('a narration’s sentences', () => {
  it('end at a full stop, question or exclamation mark before a capital, quotes included', () => {
    expect(sentencesOf('He said: “Natalia, they have given us one more day of life.” Then work began.')).toEqual([
      'He said: “Natalia, they have given us one more day of life.”',
      'Then work began.',
    ]);
    expect(sentencesOf('«¡Con qué pasión buscaba cactus!», contaba. ¿Y después? Al estudio.')).toEqual([
      '«¡Con qué pasión buscaba cactus!», contaba.',
      '¿Y después?',
      'Al estudio.',
    ]);
    expect(sentencesOf('Almost 200 rounds. 24 May 1940 began early.')).toHaveLength(2);
  });
});
