// The guided tours' kit, lent to the store when the tours' code loads: the tours (validated at build time,
// virtual:tours), where each stop stands the visitor and how to get there, and the narration's gesture unlock.
import tours from 'virtual:tours';
import type { House } from '../../rooms/validate';
import type { TourKit } from '../state/tourStore';
import type { Narrator } from './narration';
import { planStopIn, stopPoseIn } from './stopPlanner';

export function createTourKit(house: House, narrator: Narrator): TourKit {
  return {
    tours,
    stopPose: (stop) => stopPoseIn(house, stop),
    planStop: (from, stop, cutsOnly) => planStopIn(house, from, stop, cutsOnly),
    unlockSpeech: () => narrator.unlock(),
    muted: narrator.muted,
  };
}
