// The URL is the tour's address: `#/<room-id>` or `#/<room-id>/<object-id>`, with `?lang=es` for Spanish.
// Parsing never throws; anything unknown is reported so the app can say so politely.
import type { RoomId } from '../../rooms/schema';

/** Longer hashes are not addresses anyone typed or shared; they are cut before parsing. */
export const MAX_HASH_LENGTH = 200;

export type ParsedHash =
  | { kind: 'empty' }
  | { kind: 'room'; roomId: RoomId }
  | { kind: 'exhibit'; roomId: RoomId; exhibitId: string }
  | { kind: 'unknown-room'; requested: string }
  | { kind: 'unknown-exhibit'; roomId: RoomId; requested: string };

export interface KnownIds {
  rooms: readonly RoomId[];
  /** Exhibit id → the room that holds it. */
  exhibits: Readonly<Record<string, { roomId: RoomId }>>;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseHash(hash: string, known: KnownIds): ParsedHash {
  const path = safeDecode(hash.slice(0, MAX_HASH_LENGTH).replace(/^#/, '')).replace(/^\/+|\/+$/g, '');
  if (!path) return { kind: 'empty' };
  const [first, second] = path.split('/');
  const roomId = known.rooms.find((r) => r === first.trim().toLowerCase());
  if (!roomId) return { kind: 'unknown-room', requested: first };
  if (second === undefined || second.trim() === '') return { kind: 'room', roomId };
  const exhibitId = second.trim().toLowerCase();
  const exhibit = Object.hasOwn(known.exhibits, exhibitId) ? known.exhibits[exhibitId] : undefined;
  // An object named under the wrong room is still found: its own room wins.
  if (exhibit) return { kind: 'exhibit', roomId: exhibit.roomId, exhibitId };
  return { kind: 'unknown-exhibit', roomId, requested: second };
}

export function formatHash(roomId: RoomId, exhibitId?: string | null): string {
  return exhibitId ? `#/${roomId}/${exhibitId}` : `#/${roomId}`;
}

/** `?lang=` from a query string, when it is one the tour speaks. */
export function parseLangParam(search: string, languages: readonly string[]): string | null {
  const value = new URLSearchParams(search).get('lang')?.toLowerCase() ?? null;
  return value && languages.includes(value) ? value : null;
}
