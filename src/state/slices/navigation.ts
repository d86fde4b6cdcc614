// Where the visitor is and how they move: the room, the pose, the glide under way; walking, looking, glides from
// room to room, teleports, and arriving at an address.
import type { Point, RoomId } from '../../../rooms/schema';
import type { ParsedHash } from '../../routing/hash';
import { MAX_PITCH_DEG } from '../../plan/constants';
import { planRoomTravel, planWalkTo, type Pose } from '../../plan/travel';
import { canStand, clearLine, roomAt, step } from '../../plan/walkable';
import type { TourSlice } from '../tourStore';
import { cutsOnly, entrancePose, visitorMoves, type Journey } from '../visitorMoves';

export interface NavigationSlice {
  roomId: RoomId;
  pose: Pose;
  /** A glide in progress; a view may animate it and report the poses it passes through, and the store ends it. */
  travel: Journey | null;

  /** On the first load the visitor starts at the room's entrance; later addresses move them there. */
  arriveFromUrl(parsed: ParsedHash, options?: { initial?: boolean }): void;
  /** To a room: through its doorway when it is next door, otherwise straight to its entrance. */
  goToRoom(to: RoomId): void;
  walkTo(point: Point): void;
  /** Walks by a step in the visitor's own frame: forward and to the right, in metres. */
  walk(forwardM: number, rightM: number): void;
  look(dHeadingDeg: number, dPitchDeg: number): void;
  /** Called by a view while it plays a glide; the room follows the position. */
  glideTo(pose: Pose): void;
  /** The glide arrives at its end at once (the store calls this itself when the glide's time is up). */
  endTravel(): void;
  /** A VR teleport: straight to a standable point in sight (no wall between), keeping the heading; the room follows. */
  teleportTo(point: Point): void;
}

const wrapDeg = (deg: number) => ((deg % 360) + 360) % 360;
const clampPitch = (deg: number) => Math.max(-MAX_PITCH_DEG, Math.min(MAX_PITCH_DEG, deg));

// Every action reads the house from the store: it is the current era's.
export const navigationSlice: TourSlice<NavigationSlice> = (first) => (set, get) => {
  const { placeAt, cutTo, beginTravel } = visitorMoves(set, get);
  return {
    roomId: first.outdoor.id,
    pose: entrancePose(first, first.outdoor.id),
    travel: null,

    arriveFromUrl(parsed, { initial = false } = {}) {
      const { house } = get();
      const start = house.outdoor.id;
      if (initial) set({ arrived: true });
      if (parsed.kind === 'unknown-room') {
        set({ notice: { kind: 'unknown-room', requested: parsed.requested }, travel: null, exhibitId: null });
        placeAt(entrancePose(house, start));
        return;
      }
      if (parsed.kind === 'tour' || parsed.kind === 'tours' || parsed.kind === 'overview') {
        if (initial) placeAt(entrancePose(house, start));
        if (parsed.kind === 'tour') return get().tourFromAddress(parsed.tourId, parsed.stop);
        get().leaveTour();
        if (parsed.kind === 'tours') return get().wantTours();
        return get().openOverview();
      }
      // Any other address is a place of the house: the visitor leaves a guided tour and the view from above.
      get().leaveTour();
      if (get().overview) get().closeOverview();
      if (parsed.kind === 'exhibit') {
        if (initial) placeAt(entrancePose(house, parsed.roomId));
        if (get().exhibitId !== parsed.exhibitId) get().openExhibit(parsed.exhibitId);
        return;
      }
      if (parsed.kind === 'unknown-exhibit') set({ notice: { kind: 'unknown-exhibit', requested: parsed.requested } });
      const target = parsed.kind === 'empty' ? start : parsed.roomId;
      if (get().exhibitId) set({ exhibitId: null });
      if (initial) placeAt(entrancePose(house, target));
      else if (target !== get().roomId) get().goToRoom(target);
    },

    goToRoom(to) {
      const { roomId, pose, house } = get();
      if (to === roomId) return;
      const adjacent = house.exits[roomId].some((e) => e.to === to);
      if (!adjacent) return beginTravel({ kind: 'cut', waypoints: [], end: entrancePose(house, to) });
      beginTravel(planRoomTravel(house, pose, roomId, to, cutsOnly(get())));
    },

    walkTo(point) {
      // In a headset a chosen floor point is a teleport: the view must not be turned for the visitor.
      if (get().vr === 'presenting') return get().teleportTo(point);
      const { roomId, pose, house } = get();
      const targetRoom = roomAt(house, point);
      if (!targetRoom || !canStand(house, point)) return;
      const travel = planWalkTo(house, pose, roomId, point, targetRoom, cutsOnly(get()));
      if (travel) beginTravel(travel);
    },

    walk(forwardM, rightM) {
      const { pose, travel, house } = get();
      if (travel) return;
      const h = (pose.headingDeg * Math.PI) / 180;
      // Heading is clockwise from north (−z): forward is (sin h, −cos h), right is (cos h, sin h).
      const dx = Math.sin(h) * forwardM + Math.cos(h) * rightM;
      const dz = -Math.cos(h) * forwardM + Math.sin(h) * rightM;
      const next = step(house, pose, dx, dz);
      if (next.xM !== pose.xM || next.zM !== pose.zM) placeAt({ ...pose, xM: next.xM, zM: next.zM });
    },

    look(dHeadingDeg, dPitchDeg) {
      const { pose } = get();
      set({ pose: { ...pose, headingDeg: wrapDeg(pose.headingDeg + dHeadingDeg), pitchDeg: clampPitch(pose.pitchDeg + dPitchDeg) } });
    },

    glideTo: placeAt,

    endTravel() {
      const { travel } = get();
      if (travel) cutTo(travel.end);
    },

    teleportTo(point) {
      // The arc flies over walls; the visitor may only land where they could have walked to in a straight line,
      // so a teleport goes through a doorway, never through a wall.
      const { house } = get();
      if (!canStand(house, point) || !clearLine(house, get().pose, point)) return;
      cutTo({ ...get().pose, xM: point.xM, zM: point.zM });
    },
  };
};
