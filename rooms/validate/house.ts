// What validation reads (the content modules) and what it produces (the house the app uses).
import type { DoorwayGeometry, Exhibit, Person, PersonId, Point, Room, RoomId, TimelineEvent, Viewpoint } from '../schema';

export interface HouseContent {
  rooms: Record<string, unknown>;
  people: unknown[];
  timeline: unknown[];
  /** Rooms that do not exist in the era this content was resolved for (validate/eras.ts): no file expected. */
  absentRooms?: RoomId[];
}

/** A doorway between two rooms, resolved to site coordinates. */
export interface HouseDoorway {
  /** Stable id: the two room ids in alphabetical order. */
  id: string;
  rooms: readonly [RoomId, RoomId];
  /** The room in whose wall the opening is cut. */
  owner: RoomId;
  geometry: DoorwayGeometry;
  centre: Point;
  /** Unit vector from the owner room out through the opening. */
  outward: Point;
}

export interface House {
  /** Every room of the era: in an era before a room was built (validate/eras.ts) it is missing here and in `order`. */
  rooms: Record<RoomId, Room>;
  /** In tour order, as the files are listed. */
  order: RoomId[];
  outdoor: Room;
  doorways: HouseDoorway[];
  /** The graph, derived from the doorways: for each room, its doorways in the order the room declares them. */
  exits: Record<RoomId, { to: RoomId; doorway: HouseDoorway }[]>;
  /** Where a visitor arriving by a link or URL first stands. */
  entrances: Record<RoomId, Viewpoint>;
  /** Every exhibit by its id, with the room that holds it. */
  exhibits: Record<string, { roomId: RoomId; exhibit: Exhibit }>;
  people: Record<PersonId, Person>;
}

/** The house with its dated events, as validated. The page is sent the events apart, when its timeline is opened
 *  (virtual:timeline), so the house it holds has none. */
export interface HouseWithTimeline extends House {
  /** Oldest first. */
  timeline: TimelineEvent[];
}
