// How the store moves the visitor, shared by the slices that do (navigation, exhibits, session): placing them at a
// pose, cutting there, or starting a glide that the store itself ends at its planned time.
import type { House } from '../../rooms/validate';
import type { RoomId } from '../../rooms/schema';
import { distanceM } from '../plan/geometry';
import { AWAY_FROM_STOP_M, GLIDE_MAX_MS, GLIDE_MIN_MS, GLIDE_SPEED_M_PER_S } from '../plan/constants';
import type { Pose, Travel } from '../plan/travel';
import { roomAt } from '../plan/walkable';
import type { TourGet, TourSet, TourState } from './tourStore';
import { withItem } from './slices/progress';

/** A glide under way: planned in full when it starts, so that any view can play it and the store can end it. */
export interface Journey extends Travel {
  startedAtPose: Pose;
  /** When it started, on performance.now()'s clock. */
  startedAtMs: number;
  durationMs: number;
  /** The length of each leg, from the start through each waypoint, and of them all. */
  legsM: readonly number[];
  lengthM: number;
}

export const entrancePose = (house: House, id: RoomId): Pose => {
  const e = house.entrances[id];
  return { xM: e.xM, zM: e.zM, headingDeg: e.headingDeg, pitchDeg: 0 };
};

/** In a headset the eyes must not be moved by the program, and without a 3D view there is nothing to glide in. */
export const cutsOnly = (s: TourState) => s.reducedMotion || s.vr === 'presenting' || s.textOnly;

function planJourney(from: Pose, travel: Travel): Journey {
  const legsM = travel.waypoints.map((to, i) => distanceM(i === 0 ? from : travel.waypoints[i - 1], to));
  const lengthM = legsM.reduce((sum, legM) => sum + legM, 0);
  // Long glides speed up rather than keep the visitor waiting.
  const durationMs = Math.min(GLIDE_MAX_MS, Math.max(GLIDE_MIN_MS, (lengthM / GLIDE_SPEED_M_PER_S) * 1000));
  return { ...travel, startedAtPose: from, startedAtMs: performance.now(), durationMs, legsM, lengthM };
}

/** The house is read from the store at each move: it is the current era's, and an era may change it. */
export function visitorMoves(set: TourSet, get: TourGet) {
  /** Walking away from a guided tour's stop on one's own pauses the tour (its own glides are not walking away). */
  const pauseWhenAway = (pose: Pose, roomId: RoomId) => {
    const g = get().guided;
    if (!g?.playing || get().travel || g.overviewStop) return;
    if (roomId !== g.stopRoom || distanceM(pose, g.stopPose) > AWAY_FROM_STOP_M) set({ guided: { ...g, playing: false } });
  };

  /** Moves to a pose, and makes the room under it current, in one change: entering a room shows its
   *  introduction, closes a caption from another room and counts as a visit. */
  const placeAt = (pose: Pose) => {
    const { house } = get();
    const roomId = roomAt(house, pose) ?? get().roomId;
    // The same array when the room is already counted: placeAt runs every frame of a glide.
    const visitedRooms = withItem(get().visitedRooms, roomId);
    pauseWhenAway(pose, roomId);
    if (roomId === get().roomId) return set({ pose, visitedRooms });
    const { exhibitId } = get();
    // An open caption belongs to its room: leaving the room closes it.
    const keepExhibit = exhibitId && house.exhibits[exhibitId]?.roomId === roomId ? exhibitId : null;
    // A guided tour tells each room itself: no introduction card on the way.
    const introRoom = get().guided ? null : roomId;
    set({ pose, roomId, introRoom, exhibitId: keepExhibit, highlightedExhibit: null, visitedRooms });
  };

  /** Straight there, ending any glide where it is. */
  const cutTo = (pose: Pose) => {
    set({ travel: null });
    placeAt(pose);
  };

  const beginTravel = (travel: Travel) => {
    if (travel.kind === 'cut') return cutTo(travel.end);
    const journey = planJourney(get().pose, travel);
    set({ travel: journey });
    // Ended here, at its planned end, whether or not a view plays it (the text tour, a hidden tab, a lost or
    // unmounted 3D view): the scene only animates it. A journey replaced meanwhile leaves this to do nothing.
    setTimeout(() => {
      if (get().travel === journey) get().endTravel();
    }, journey.durationMs);
  };

  return { placeAt, cutTo, beginTravel };
}
