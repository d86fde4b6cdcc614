// The visit's circumstances: its language, the headset, what the visitor's system asks for, whether there is a 3D
// view at all, what the tour has to tell the visitor, and whether the address has been read yet.
import type { Lang } from '../../i18n';
import type { Pose } from '../../plan/travel';
import { canStand } from '../../plan/walkable';
import type { TourSlice } from '../tourStore';
import { visitorMoves } from '../visitorMoves';

export type Notice =
  | { kind: 'unknown-room'; requested: string }
  | { kind: 'unknown-exhibit'; requested: string }
  | { kind: 'vr-failed' }
  | { kind: 'unknown-lang'; requested: string }
  | { kind: 'unknown-tour'; requested: string }
  | { kind: 'unknown-era'; requested: string }
  /** A tour address with a stop the tour does not have: the nearest stop opens. */
  | { kind: 'unknown-stop'; requested: string; tour: string; count: number };

/** The way into and out of a headset session, lent by the XR code once it is loaded: the store cannot import
 *  it, since it is fetched only when a visitor asks for VR. */
export interface Headset {
  enter(): Promise<void>;
  exit(): void;
}

export interface SessionSlice {
  /** The visit's language: the interface, <html lang> and the remembered choice follow it (followLanguage.ts). */
  lang: Lang;
  /** VR: 'off' until asked for, 'starting' while the XR code loads and the session opens, 'presenting' in the
   *  headset, 'ready' after a session ended (the XR code stays loaded). */
  vr: 'off' | 'starting' | 'presenting' | 'ready';
  reducedMotion: boolean;
  /** No 3D view in this browser (no WebGL, or it failed to start): the tour is told in text. */
  textOnly: boolean;
  notice: Notice | null;
  /** The visit's address has been read (the first arriveFromUrl): until then the state is the prerendered page's. */
  arrived: boolean;

  setLang(lang: Lang): void;
  /** The address asked for a language the tour does not speak. */
  langUnavailable(requested: string): void;
  dismissNotice(): void;
  /** Enters VR, once the XR code has lent its headset (at once if it already has). */
  requestVR(): void;
  /** The XR code lends the way in and out; returns how to take it back. */
  connectHeadset(headset: Headset): () => void;
  /** Leaves VR: ends the session, which then reports vrEnded. */
  exitVR(): void;
  vrStarted(): void;
  /** The session ended; the visitor stays where the headset last stood. */
  vrEnded(at?: Pose): void;
  /** The session could not start: the desktop view stays, with a notice. */
  vrFailed(): void;
  setReducedMotion(reduced: boolean): void;
  /** The tour goes on in text; a glide under way arrives at once. */
  fallBackToText(): void;
}

export const sessionSlice: TourSlice<SessionSlice> = () => (set, get) => {
  const { placeAt } = visitorMoves(set, get);
  let headset: Headset | null = null;
  const enter = (h: Headset) =>
    h.enter().catch((error: unknown) => {
      console.warn('VR could not start:', error);
      get().vrFailed();
    });
  return {
    lang: 'en',
    vr: 'off',
    reducedMotion: false,
    textOnly: false,
    notice: null,
    arrived: false,

    setLang: (lang) => set({ lang }),
    langUnavailable: (requested) => set({ notice: { kind: 'unknown-lang', requested } }),
    dismissNotice: () => set({ notice: null }),

    requestVR() {
      if (get().vr === 'starting' || get().vr === 'presenting') return;
      set({ vr: 'starting' });
      if (headset) void enter(headset);
    },
    connectHeadset(lent) {
      headset = lent;
      if (get().vr === 'starting') void enter(lent);
      return () => {
        if (headset === lent) headset = null;
      };
    },
    exitVR() {
      if (get().vr === 'presenting') headset?.exit();
    },
    vrStarted: () => set({ vr: 'presenting', introRoom: null }),
    vrEnded(at) {
      set({ vr: 'ready' });
      if (at && canStand(get().house, at)) placeAt(at);
    },
    vrFailed: () => set({ vr: 'ready', notice: { kind: 'vr-failed' } }),

    setReducedMotion: (reducedMotion) => set({ reducedMotion }),
    fallBackToText() {
      get().endTravel();
      set({ textOnly: true });
    },
  };
};
