// Where a guided tour's stop has the visitor stand and look, and how they get there: along the house's walkable
// route (through doorways, never through walls), or a cut when they prefer reduced motion or no route is clear.
import type { House } from '../../rooms/validate';
import type { TourStop } from '../../rooms/tourSchema';
import { entrancePose } from '../state/visitorMoves';
import type { Pose, Travel } from '../plan/travel';
import { routeBetween } from '../plan/route';
import { viewingSpot } from '../plan/viewingSpot';

export function stopPoseIn(house: House, stop: TourStop): Pose {
  const { look } = stop;
  if (look.kind === 'exhibit') return viewingSpot(house, look.exhibit);
  if (look.kind === 'view') return { xM: look.xM, zM: look.zM, headingDeg: look.headingDeg, pitchDeg: look.pitchDeg ?? 0 };
  return entrancePose(house, stop.room);
}

export function planStopIn(house: House, from: Pose, stop: TourStop, cutsOnly: boolean): Travel {
  const end = stopPoseIn(house, stop);
  const waypoints = cutsOnly ? null : routeBetween(house, from, end);
  if (!waypoints) return { kind: 'cut', waypoints: [], end };
  // Already standing there: only the turn is left to play.
  if (waypoints.length === 0) return { kind: 'glide', turnOnly: true, waypoints: [from], end };
  return { kind: 'glide', waypoints, end };
}
