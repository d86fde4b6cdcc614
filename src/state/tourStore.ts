// The one store of the tour: where the visitor is and what they are doing. Components read it; only these
// actions change it. The URL follows `roomId` (see routing/), the scene and the overlay follow everything else.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { house as defaultHouse } from '../content/house';
import type { House } from '../../rooms/validate';
import type { Point, RoomId } from '../../rooms/schema';
import type { ParsedHash } from '../routing/hash';
import { MAX_PITCH_DEG } from '../plan/constants';
import { planRoomTravel, planWalkTo, type Pose, type Travel } from '../plan/travel';
import { canStand, clearLine, roomAt, step } from '../plan/walkable';
import { headingTowardsDeg } from '../plan/geometry';
import type { Lang } from '../i18n';

export type Notice =
  | { kind: 'unknown-room'; requested: string }
  | { kind: 'unknown-exhibit'; requested: string }
  | { kind: 'vr-failed' }
  | { kind: 'unknown-lang'; requested: string };

/** What a visitor has done on earlier visits, as stored: ids that may no longer exist are dropped on recall. */
export interface Progress {
  visitedRooms: readonly string[];
  seenExhibits: readonly string[];
}

export interface TourState {
  house: House;
  roomId: RoomId;
  pose: Pose;
  /** A glide in progress; the scene animates it and reports the poses it passes through. */
  travel: (Travel & { startedAtPose: Pose }) | null;
  notice: Notice | null;
  /** The exhibit whose caption is open. */
  exhibitId: string | null;
  /** The exhibit a visitor points at or focuses in the list: its hotspot lights up. */
  highlightedExhibit: string | null;
  lang: Lang;
  /** VR: 'off' until asked for, 'starting' while the XR code loads and the session opens, 'presenting' in the
   *  headset, 'ready' after a session ended (the XR code stays loaded). */
  vr: 'off' | 'starting' | 'presenting' | 'ready';
  /** The room whose introduction card is showing; it shows on entering a room until dismissed. */
  introRoom: RoomId | null;
  sceneReady: boolean;
  /** Percent of the scene's downloads done (fonts and the like). */
  loadProgress: number;
  reducedMotion: boolean;
  /** No 3D view in this browser (no WebGL, or it failed to start): the tour is told in text. */
  textOnly: boolean;
  /** Rooms the visitor has stood in, on this visit and remembered ones. */
  visitedRooms: RoomId[];
  /** Exhibits whose caption the visitor has opened. */
  seenExhibits: string[];
  /** The visit's address has been read (the first arriveFromUrl): until then the state is the prerendered page's. */
  arrived: boolean;

  /** On the first load the visitor starts at the room's entrance; later addresses move them there. */
  arriveFromUrl(parsed: ParsedHash, options?: { initial?: boolean }): void;
  /** To a room: through its doorway when it is next door, otherwise straight to its entrance. */
  goToRoom(to: RoomId): void;
  walkTo(point: Point): void;
  /** Walks by a step in the visitor's own frame: forward and to the right, in metres. */
  walk(forwardM: number, rightM: number): void;
  look(dHeadingDeg: number, dPitchDeg: number): void;
  /** Called by the scene while a glide runs; the room follows the position. */
  glideTo(pose: Pose): void;
  endTravel(): void;
  /** Opens an exhibit's caption, in its own room, turning the visitor towards it. */
  openExhibit(id: string): void;
  closeExhibit(): void;
  highlightExhibit(id: string | null): void;
  setLang(lang: Lang): void;
  requestVR(): void;
  vrStarted(): void;
  /** The session ended; the visitor stays where the headset last stood. */
  vrEnded(at?: Pose): void;
  /** The session could not start: the desktop view stays, with a notice. */
  vrFailed(): void;
  /** A VR teleport: straight to a standable point in sight (no wall between), keeping the heading; the room follows. */
  teleportTo(point: Point): void;
  dismissIntro(): void;
  dismissNotice(): void;
  setSceneReady(ready: boolean): void;
  setLoadProgress(percent: number): void;
  setReducedMotion(reduced: boolean): void;
  fallBackToText(): void;
  /** Adds what earlier visits remembered to this one's progress. */
  recall(progress: Progress): void;
  /** The address asked for a language the tour does not speak. */
  langUnavailable(requested: string): void;
}

const entrancePose = (house: House, id: RoomId): Pose => {
  const e = house.entrances[id];
  return { xM: e.xM, zM: e.zM, headingDeg: e.headingDeg, pitchDeg: 0 };
};

/** The same array when it already holds the item: placeAt runs every frame of a glide. */
const withItem = <T>(list: T[], item: T): T[] => (list.includes(item) ? list : [...list, item]);

const wrapDeg = (deg: number) => ((deg % 360) + 360) % 360;
const clampPitch = (deg: number) => Math.max(-MAX_PITCH_DEG, Math.min(MAX_PITCH_DEG, deg));

export function createTourStore(house: House = defaultHouse): StoreApi<TourState> {
  const start = house.outdoor.id;
  return createStore<TourState>()((set, get) => {
    /** Moves to a pose, and makes the room under it current (which shows its introduction). */
    const placeAt = (pose: Pose) => {
      const roomId = roomAt(house, pose) ?? get().roomId;
      if (roomId === get().roomId) return set({ pose, visitedRooms: withItem(get().visitedRooms, roomId) });
      const { exhibitId } = get();
      // An open caption belongs to its room: leaving the room closes it.
      const keepExhibit = exhibitId && house.exhibits[exhibitId]?.roomId === roomId ? exhibitId : null;
      const visitedRooms = withItem(get().visitedRooms, roomId);
      set({ pose, roomId, introRoom: roomId, exhibitId: keepExhibit, highlightedExhibit: null, visitedRooms });
    };
    /** In a headset the eyes must not be moved by the program: every move is a cut. */
    const cutsOnly = () => get().reducedMotion || get().vr === 'presenting';
    const begin = (travel: Travel) => {
      if (travel.kind === 'cut') {
        set({ travel: null });
        placeAt(travel.end);
      } else set({ travel: { ...travel, startedAtPose: get().pose } });
    };

    return {
      house,
      roomId: start,
      pose: entrancePose(house, start),
      travel: null,
      notice: null,
      exhibitId: null,
      highlightedExhibit: null,
      lang: 'en',
      vr: 'off',
      introRoom: start,
      sceneReady: false,
      loadProgress: 0,
      reducedMotion: false,
      textOnly: false,
      visitedRooms: [],
      seenExhibits: [],
      arrived: false,

      arriveFromUrl(parsed, { initial = false } = {}) {
        if (initial) set({ arrived: true });
        if (parsed.kind === 'unknown-room') {
          set({ notice: { kind: 'unknown-room', requested: parsed.requested }, travel: null, exhibitId: null });
          placeAt(entrancePose(house, start));
          return;
        }
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
        const { roomId, pose } = get();
        if (to === roomId) return;
        const adjacent = house.exits[roomId].some((e) => e.to === to);
        if (!adjacent) return begin({ kind: 'cut', waypoints: [], end: entrancePose(house, to) });
        begin(planRoomTravel(house, pose, roomId, to, cutsOnly()));
      },

      walkTo(point) {
        // In a headset a chosen floor point is a teleport: the view must not be turned for the visitor.
        if (get().vr === 'presenting') return get().teleportTo(point);
        const { roomId, pose } = get();
        const targetRoom = roomAt(house, point);
        if (!targetRoom || !canStand(house, point)) return;
        const travel = planWalkTo(house, pose, roomId, point, targetRoom, cutsOnly());
        if (travel) begin(travel);
      },

      walk(forwardM, rightM) {
        const { pose, travel } = get();
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

      glideTo(pose) {
        placeAt(pose);
      },

      endTravel() {
        const { travel } = get();
        if (!travel) return;
        set({ travel: null });
        placeAt(travel.end);
      },

      openExhibit(id) {
        const entry = house.exhibits[id];
        if (!entry) return;
        if (entry.roomId !== get().roomId) {
          set({ travel: null });
          placeAt(entrancePose(house, entry.roomId));
        }
        const { pose, travel, vr } = get();
        set({ exhibitId: id, highlightedExhibit: id, seenExhibits: withItem(get().seenExhibits, id) });
        // In a headset the visitor turns their own head; the panel stands where they can see it.
        if ((travel && !travel.turnOnly) || vr === 'presenting') return;
        // Turn to face the object, from where the visitor stands.
        const headingDeg = headingTowardsDeg(pose, entry.exhibit.model);
        const end = { ...pose, headingDeg, pitchDeg: 0 };
        begin({ kind: cutsOnly() ? 'cut' : 'glide', turnOnly: true, waypoints: [pose], end });
      },
      closeExhibit: () => set({ exhibitId: null }),
      highlightExhibit: (highlightedExhibit) => set({ highlightedExhibit }),
      setLang: (lang) => set({ lang }),
      requestVR: () => set({ vr: 'starting' }),
      vrStarted: () => set({ vr: 'presenting', introRoom: null }),
      vrEnded(at) {
        set({ vr: 'ready' });
        if (at && canStand(house, at)) placeAt(at);
      },
      vrFailed: () => set({ vr: 'ready', notice: { kind: 'vr-failed' } }),
      teleportTo(point) {
        // The arc flies over walls; the visitor may only land where they could have walked to in a straight line,
        // so a teleport goes through a doorway, never through a wall.
        if (!canStand(house, point) || !clearLine(house, get().pose, point)) return;
        set({ travel: null });
        placeAt({ ...get().pose, xM: point.xM, zM: point.zM });
      },
      dismissIntro: () => set({ introRoom: null }),
      dismissNotice: () => set({ notice: null }),
      setSceneReady: (sceneReady) => set({ sceneReady }),
      setLoadProgress: (loadProgress) => set({ loadProgress }),
      setReducedMotion: (reducedMotion) => set({ reducedMotion }),
      fallBackToText: () => set({ textOnly: true, travel: null }),
      recall({ visitedRooms, seenExhibits }) {
        const now = get();
        set({
          visitedRooms: house.order.filter((id) => now.visitedRooms.includes(id) || visitedRooms.includes(id)),
          seenExhibits: Object.keys(house.exhibits).filter(
            (id) => now.seenExhibits.includes(id) || seenExhibits.includes(id),
          ),
        });
      },
      langUnavailable: (requested) => set({ notice: { kind: 'unknown-lang', requested } }),
    };
  });
}

/** The app's store. Tests create their own with createTourStore. */
export const tourStore = createTourStore();

export function useTour<T>(selector: (state: TourState) => T): T {
  return useStore(tourStore, selector);
}
