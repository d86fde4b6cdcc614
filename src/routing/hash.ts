// The URL is the tour's address: `#/<room-id>` or `#/<room-id>/<object-id>`, a guided tour's stop
// `#/tour/<tour-id>/<stop-number>` (from 1), the view from above `#/overview`, with `?lang=es` for Spanish.
// Parsing never throws; anything unknown is reported so the app can say so politely.
import type { RoomId } from '../../rooms/schema';

/** Longer hashes are not addresses anyone typed or shared; they are cut before parsing. */
export const MAX_HASH_LENGTH = 200;

export type ParsedHash =
  | { kind: 'empty' }
  | { kind: 'room'; roomId: RoomId }
  | { kind: 'exhibit'; roomId: RoomId; exhibitId: string }
  | { kind: 'unknown-room'; requested: string }
  | { kind: 'unknown-exhibit'; roomId: RoomId; requested: string }
  /** The tours are known only once their code has loaded: the store checks the id then. */
  | { kind: 'tour'; tourId: string; stop: number | null }
  /** `#/tour` alone: the list of guided tours. */
  | { kind: 'tours' }
  | { kind: 'overview' };

/** Addresses that are not rooms (no room has these ids; rooms/schema/ids.ts lists them). */
const TOUR_SEGMENT = 'tour';
const OVERVIEW_SEGMENT = 'overview';
/** A stop number as written in an address: digits only. */
const STOP_NUMBER = /^\d{1,3}$/;

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

/** The address as typed, without its `#`, decoded and cut to length; '' or '/' for an empty one. */
const addressBody = (hash: string) => safeDecode(hash.slice(0, MAX_HASH_LENGTH).replace(/^#/, ''));
const isEmptyAddress = (body: string) => body === '' || body === '/';
// One slash may lead and one may trail (`#/study/`); an address with more, like `#//`, names no room.
const segmentsOf = (body: string) => body.replace(/^\//, '').replace(/\/$/, '').split('/');
const asId = (segment: string) => segment.trim().toLowerCase();

/** The room id an address names, before checking that the house has it; null for an empty address. */
export function roomNamedIn(hash: string): string | null {
  const body = addressBody(hash);
  return isEmptyAddress(body) ? null : asId(segmentsOf(body)[0]);
}

export function parseHash(hash: string, known: KnownIds): ParsedHash {
  const body = addressBody(hash);
  if (isEmptyAddress(body)) return { kind: 'empty' };
  const [first, second, ...rest] = segmentsOf(body);
  if (asId(first) === OVERVIEW_SEGMENT && second === undefined) return { kind: 'overview' };
  if (asId(first) === TOUR_SEGMENT) return parseTour(second, rest);
  const roomId = known.rooms.find((r) => r === asId(first));
  if (!roomId) return { kind: 'unknown-room', requested: first || body };
  if (second === undefined || (second.trim() === '' && rest.length === 0)) return { kind: 'room', roomId };
  // Anything past the object (`#/study/../../x`) makes the whole tail an unknown object of the named room.
  if (rest.length > 0) return { kind: 'unknown-exhibit', roomId, requested: [second, ...rest].join('/') };
  const exhibitId = asId(second);
  const exhibit = Object.hasOwn(known.exhibits, exhibitId) ? known.exhibits[exhibitId] : undefined;
  // An object named under the wrong room is still found: its own room wins.
  if (exhibit) return { kind: 'exhibit', roomId: exhibit.roomId, exhibitId };
  return { kind: 'unknown-exhibit', roomId, requested: second };
}

function parseTour(id: string | undefined, rest: string[]): ParsedHash {
  const tourId = id === undefined ? '' : asId(id);
  if (!tourId) return { kind: 'tours' };
  const [stop, ...more] = rest;
  if (stop === undefined) return { kind: 'tour', tourId, stop: null };
  // A stop that is not a number, or anything after it, is a stop the tour does not have: the store says so.
  const number = STOP_NUMBER.test(stop.trim()) && more.length === 0 ? Number(stop.trim()) : 0;
  return { kind: 'tour', tourId, stop: number };
}

export const formatTourHash = (tourId: string, stopIndex: number) => `#/${TOUR_SEGMENT}/${tourId}/${stopIndex + 1}`;
export const OVERVIEW_HASH = `#/${OVERVIEW_SEGMENT}`;

export function formatHash(roomId: RoomId, exhibitId?: string | null): string {
  return exhibitId ? `#/${roomId}/${exhibitId}` : `#/${roomId}`;
}

/** `?lang=` from a query string, when it is one the tour speaks. */
export function parseLangParam(search: string, languages: readonly string[]): string | null {
  const value = new URLSearchParams(search).get('lang')?.toLowerCase() ?? null;
  return value && languages.includes(value) ? value : null;
}

/** `?lang=` naming a language the tour does not speak, as it was written, so a notice can quote it. */
export function unknownLangParam(search: string, languages: readonly string[]): string | null {
  const value = new URLSearchParams(search).get('lang')?.trim();
  return value && !languages.includes(value.toLowerCase()) ? value : null;
}
