// Room files as the real house has them, deep-copied so a test can break one without touching the others.
import { roomFiles } from '../../rooms';

export function houseFiles(): Record<string, any> {
  return structuredClone(roomFiles) as Record<string, any>;
}
