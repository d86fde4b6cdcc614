// The URL hash is the tour's address: `#/<room-id>`. Parsing never throws; anything unknown is reported so the
// app can say so politely.
import type { RoomId } from '../../rooms/schema';

/** Longer hashes are not addresses anyone typed or shared; they are cut before parsing. */
export const MAX_HASH_LENGTH = 200;

export type ParsedHash =
  | { kind: 'empty' }
  | { kind: 'room'; roomId: RoomId }
  | { kind: 'unknown-room'; requested: string };

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseHash(hash: string, roomIds: readonly RoomId[]): ParsedHash {
  const path = safeDecode(hash.slice(0, MAX_HASH_LENGTH).replace(/^#/, '')).replace(/^\/+|\/+$/g, '');
  if (!path) return { kind: 'empty' };
  const [first] = path.split('/');
  const id = first.trim().toLowerCase();
  const known = roomIds.find((r) => r === id);
  return known ? { kind: 'room', roomId: known } : { kind: 'unknown-room', requested: first };
}

export function formatHash(roomId: RoomId): string {
  return `#/${roomId}`;
}
