import { describe, expect, it } from 'vitest';
import { house } from '../../rooms';
import { formatHash, formatTourHash, MAX_HASH_LENGTH, OVERVIEW_HASH, parseHash, parseLangParam, roomNamedIn, unknownLangParam } from '../../src/routing/hash';

const parse = (h: string) => parseHash(h, { rooms: house.order, exhibits: house.exhibits });

describe('the address of a room', () => {
  it('reads a room id', () => {
    expect(parse('#/kitchen')).toEqual({ kind: 'room', roomId: 'kitchen' });
    expect(parse('#/grandsons-room/')).toEqual({ kind: 'room', roomId: 'grandsons-room' });
    expect(parse('#kitchen')).toEqual({ kind: 'room', roomId: 'kitchen' });
    expect(parse('#/Study')).toEqual({ kind: 'room', roomId: 'study' });
  });

  it('treats no hash as the start', () => {
    expect(parse('')).toEqual({ kind: 'empty' });
    expect(parse('#/')).toEqual({ kind: 'empty' });
  });

  it('reports an unknown room without throwing', () => {
    expect(parse('#/attic')).toEqual({ kind: 'unknown-room', requested: 'attic' });
    expect(parse('#/%E0%A4%A')).toMatchObject({ kind: 'unknown-room' });
    const long = parse(`#/${'y'.repeat(10_000)}`);
    expect(long.kind === 'unknown-room' && long.requested.length).toBeLessThanOrEqual(MAX_HASH_LENGTH);
  });

  it('round-trips every room', () => {
    for (const id of house.order) expect(parse(formatHash(id))).toEqual({ kind: 'room', roomId: id });
  });
});

describe('the room an address names, read before the house is known (the head script)', () => {
  it('is the first part, as parseHash reads it, or nothing for an empty address', () => {
    expect(roomNamedIn('#/Study/north-bookcase')).toBe('study');
    expect(roomNamedIn('#/%6Btchen/')).toBe('ktchen');
    expect(roomNamedIn('#/')).toBeNull();
    expect(roomNamedIn('')).toBeNull();
  });
});

describe('the address of an object', () => {
  it('reads a room and an object', () => {
    expect(parse('#/kitchen/icebox')).toEqual({ kind: 'exhibit', roomId: 'kitchen', exhibitId: 'icebox' });
  });

  it('finds an object named under the wrong room in its own room', () => {
    expect(parse('#/garden/icebox')).toEqual({ kind: 'exhibit', roomId: 'kitchen', exhibitId: 'icebox' });
  });

  it('reports an unknown object, keeping the room', () => {
    expect(parse('#/study/piano')).toEqual({ kind: 'unknown-exhibit', roomId: 'study', requested: 'piano' });
    expect(parse('#/study/constructor')).toEqual({ kind: 'unknown-exhibit', roomId: 'study', requested: 'constructor' });
  });

  it('round-trips every object', () => {
    for (const [id, { roomId }] of Object.entries(house.exhibits))
      expect(parse(formatHash(roomId, id))).toEqual({ kind: 'exhibit', roomId, exhibitId: id });
  });
});

describe('the address of a guided tour and of the overview', () => {
  it('reads a tour, with or without its stop (counted from 1)', () => {
    expect(parse('#/tour/house-in-ten-minutes')).toEqual({ kind: 'tour', tourId: 'house-in-ten-minutes', stop: null });
    expect(parse('#/tour/house-in-ten-minutes/3')).toEqual({ kind: 'tour', tourId: 'house-in-ten-minutes', stop: 3 });
    expect(parse('#/Tour/A-Day-In-The-House/12/')).toEqual({ kind: 'tour', tourId: 'a-day-in-the-house', stop: 12 });
  });

  it('round-trips a stop', () => {
    expect(parse(formatTourHash('night-of-24-may-1940', 4))).toEqual({ kind: 'tour', tourId: 'night-of-24-may-1940', stop: 5 });
  });

  it('makes a stop that is not a number, or a longer path, a stop the tour does not have', () => {
    expect(parse('#/tour/house-in-ten-minutes/three')).toMatchObject({ kind: 'tour', stop: 0 });
    expect(parse('#/tour/house-in-ten-minutes/3/4')).toMatchObject({ kind: 'tour', stop: 0 });
    expect(parse('#/tour/house-in-ten-minutes/-1')).toMatchObject({ kind: 'tour', stop: 0 });
  });

  it('reads `#/tour` alone as the list of tours, and the overview', () => {
    expect(parse('#/tour')).toEqual({ kind: 'tours' });
    expect(parse('#/tour/')).toEqual({ kind: 'tours' });
    expect(parse(OVERVIEW_HASH)).toEqual({ kind: 'overview' });
    expect(parse('#/overview/kitchen')).toEqual({ kind: 'unknown-room', requested: 'overview' });
  });
});

describe('the language in the address', () => {
  it('accepts the languages the tour speaks and ignores others', () => {
    expect(parseLangParam('?lang=es', ['en', 'es'])).toBe('es');
    expect(parseLangParam('?lang=ES', ['en', 'es'])).toBe('es');
    expect(parseLangParam('?lang=fr', ['en', 'es'])).toBeNull();
    expect(parseLangParam('', ['en', 'es'])).toBeNull();
  });
});

describe('addresses that are broken or hostile', () => {
  it('treats an address of slashes only as naming no room', () => {
    expect(parse('#//')).toEqual({ kind: 'unknown-room', requested: '//' });
    expect(parse('#///')).toMatchObject({ kind: 'unknown-room' });
  });

  it('keeps a badly encoded address as it was written', () => {
    expect(parse('#/%E0%A4%A')).toEqual({ kind: 'unknown-room', requested: '%E0%A4%A' });
    expect(parse('#/study/%E0%A4%A')).toEqual({ kind: 'unknown-exhibit', roomId: 'study', requested: '%E0%A4%A' });
  });

  it('stays in the named room when a path climbs out of it', () => {
    expect(parse('#/study/../../x')).toEqual({ kind: 'unknown-exhibit', roomId: 'study', requested: '../../x' });
    expect(parse('#/study/north-bookcase/extra')).toMatchObject({ kind: 'unknown-exhibit', roomId: 'study' });
    expect(parse('#/../study')).toMatchObject({ kind: 'unknown-room', requested: '..' });
  });

  it('reports markup as an unknown room, as text', () => {
    expect(parse('#/<script>')).toEqual({ kind: 'unknown-room', requested: '<script>' });
    expect(parse('#/%3Cscript%3Ealert(1)%3C%2Fscript%3E')).toMatchObject({ kind: 'unknown-room', requested: '<script>alert(1)<' });
  });

  it('reads only the start of a 100 000-character address', () => {
    const parsed = parse(`#/${'x'.repeat(100_000)}`);
    expect(parsed.kind).toBe('unknown-room');
    expect(parsed.kind === 'unknown-room' && parsed.requested.length).toBeLessThanOrEqual(MAX_HASH_LENGTH);
    expect(parse(`#/study/${'/'.repeat(100_000)}`)).toMatchObject({ kind: 'unknown-exhibit', roomId: 'study' });
  });

  it('does not mistake inherited property names for rooms or objects', () => {
    expect(parse('#/__proto__')).toEqual({ kind: 'unknown-room', requested: '__proto__' });
    expect(parse('#/study/__proto__')).toEqual({ kind: 'unknown-exhibit', roomId: 'study', requested: '__proto__' });
    expect(parse('#/study/hasOwnProperty')).toMatchObject({ kind: 'unknown-exhibit', roomId: 'study' });
  });

  it('keeps a valid address valid with spaces or a trailing slash', () => {
    expect(parse('#/ study ')).toEqual({ kind: 'room', roomId: 'study' });
    expect(parse('#/study//')).toEqual({ kind: 'room', roomId: 'study' });
    expect(parse('#/kitchen/icebox/')).toEqual({ kind: 'exhibit', roomId: 'kitchen', exhibitId: 'icebox' });
  });
});

describe('a language the tour does not speak', () => {
  it('is reported as written, so the notice can quote it', () => {
    expect(unknownLangParam('?lang=xx', ['en', 'es'])).toBe('xx');
    expect(unknownLangParam('?lang=%3Cb%3E', ['en', 'es'])).toBe('<b>');
    expect(unknownLangParam('?lang=ES', ['en', 'es'])).toBeNull();
    expect(unknownLangParam('?lang=', ['en', 'es'])).toBeNull();
    expect(unknownLangParam('', ['en', 'es'])).toBeNull();
  });
});
