// Where a guided tour's stop has the visitor stand and look, and how they get there: along the house's walkable
// route (through doorways, never through walls), or a cut when they prefer reduced motion or no route is clear.
import type { House } from '../../rooms/validate';
import type { TourStop } from '../../rooms/tourSchema';
import { entrancePose } from '../state/visitorMoves';
import type { Pose, Travel } from '../plan/travel';
import { routeBetween } from '../plan/route';
import { viewingSpot } from '../plan/viewingSpot';

/**
 * The subtitle panel covers the lower 40–55 % of the view (desktop and phone): an exhibit centred in the view sits
 * behind it. Looking this much lower puts it about a third of the way up from the centre, above the panel (the
 * view is 70° high). The headset ignores pitch: the visitor's head decides.
 */
export const LOOK_ABOVE_PANEL_DEG = 12;
const VIEW_MIN_PITCH_DEG = -40;

export function stopPoseIn(house: House, stop: TourStop): Pose {
  const { look } = stop;
  // The tours are written against today's house; an earlier era may lack the stop's room or its object: the
  // visitor then stands at the room's entrance, or in the garden.
  if (!house.rooms[stop.room]) return entrancePose(house, house.outdoor.id);
  if (look.kind === 'exhibit' && !house.exhibits[look.exhibit]) return entrancePose(house, stop.room);
  if (look.kind === 'exhibit') {
    const spot = viewingSpot(house, look.exhibit);
    return { ...spot, pitchDeg: Math.max(VIEW_MIN_PITCH_DEG, spot.pitchDeg - LOOK_ABOVE_PANEL_DEG) };
  }
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
