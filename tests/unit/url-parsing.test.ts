import { describe, expect, it } from 'vitest';
import { house } from '../../rooms';
import { formatHash, MAX_HASH_LENGTH, parseHash, parseLangParam } from '../../src/routing/hash';

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

describe('the language in the address', () => {
  it('accepts the languages the tour speaks and ignores others', () => {
    expect(parseLangParam('?lang=es', ['en', 'es'])).toBe('es');
    expect(parseLangParam('?lang=ES', ['en', 'es'])).toBe('es');
    expect(parseLangParam('?lang=fr', ['en', 'es'])).toBeNull();
    expect(parseLangParam('', ['en', 'es'])).toBeNull();
  });
});
