import { describe, expect, it } from 'vitest';
import { house } from '../../rooms';
import { formatHash, MAX_HASH_LENGTH, parseHash } from '../../src/routing/hash';

const parse = (h: string) => parseHash(h, house.order);

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
    expect(parse(`#/${'x'.repeat(10_000)}`)).toMatchObject({ kind: 'unknown-room' });
    const long = parse(`#/${'y'.repeat(10_000)}`);
    expect(long.kind === 'unknown-room' && long.requested.length).toBeLessThanOrEqual(MAX_HASH_LENGTH);
  });

  it('round-trips every room', () => {
    for (const id of house.order) expect(parse(formatHash(id))).toEqual({ kind: 'room', roomId: id });
  });
});
