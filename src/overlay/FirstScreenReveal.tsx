// Shows the guide's words again once they are the visit's own (see src/startup/firstScreen/firstScreen.ts): the address has been read
// and the guide, which follows the room a moment late (useGuideRoomId), shows the visit's room.
import { useLayoutEffect } from 'react';
import { useTour } from '../state/tourStore';
import { useGuideRoomId } from './useGuideRoomId';
import { showFirstScreen } from '../startup/firstScreen/firstScreen';

export function FirstScreenReveal() {
  const arrived = useTour((s) => s.arrived);
  const roomId = useTour((s) => s.roomId);
  const guideRoomId = useGuideRoomId();
  // Before the paint that shows the guide's new words.
  useLayoutEffect(() => {
    if (arrived && guideRoomId === roomId) showFirstScreen();
  }, [arrived, roomId, guideRoomId]);
  return null;
}
