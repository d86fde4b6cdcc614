// The guide follows the room a moment after the 3D view: on a doorway the new room's first frame is drawn before
// the guide's lists are rebuilt, so passing through feels immediate even where rebuilding them is slow. A room the
// house no longer has (an era before it was built) is never shown, not even for that moment.
import { useDeferredValue } from 'react';
import { useTour } from '../state/tourStore';
import type { RoomId } from '../../rooms/schema';

export function useGuideRoomId(): RoomId {
  const roomId = useTour((s) => s.roomId);
  const deferred = useDeferredValue(roomId);
  const stillThere = useTour((s) => Object.hasOwn(s.house.rooms, deferred));
  return stillThere ? deferred : roomId;
}
