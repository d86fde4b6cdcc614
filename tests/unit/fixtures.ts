// Room files as the real house has them, deep-copied so a test can break one without touching the others.
import { roomFiles } from '../../rooms';
import { people } from '../../rooms/people';
import { timeline } from '../../rooms/timeline';
import type { HouseContent } from '../../rooms/validate';

export function houseFiles(): Record<string, any> {
  return structuredClone(roomFiles) as Record<string, any>;
}

export function houseContent(rooms: Record<string, unknown> = houseFiles()): HouseContent {
  return { rooms, people: structuredClone(people), timeline: structuredClone(timeline) };
}
