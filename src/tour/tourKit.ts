// The guided tours' kit, lent to the store when the tours' code loads: the tours (validated at build time,
// virtual:tours), where each stop stands the visitor and how to get there, and the narration's gesture unlock.
import tours from 'virtual:tours';
import type { TourKit } from '../state/tourStore';
import type { Narrator } from './narration';
import { planStopIn, stopPoseIn } from './stopPlanner';

export function createTourKit(narrator: Narrator): TourKit {
  return {
    tours,
    stopPose: stopPoseIn,
    planStop: planStopIn,
    unlockSpeech: () => narrator.unlock(),
    muted: narrator.muted,
  };
}
