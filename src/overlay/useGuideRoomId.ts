// The guide follows the room a moment after the 3D view: on a doorway the new room's first frame is drawn before
// the guide's lists are rebuilt, so passing through feels immediate even where rebuilding them is slow.
import { useDeferredValue } from 'react';
import { useTour } from '../state/tourStore';
import type { RoomId } from '../../rooms/schema';

export function useGuideRoomId(): RoomId {
  return useDeferredValue(useTour((s) => s.roomId));
}
