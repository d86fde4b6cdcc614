// What the headset's panels share: how their plates look, how big they are, and that they are drawn over the room.
/** Dark plates with light ink, as the page's solid buttons. */
export const PLATE_LOOK = { plate: '#231f1b', ink: '#f7f2e8' };
export const PLATE_HEIGHT_M = 0.08;
export const PLATE_GAP_M = 0.06;
/** Drawn over the hotspot dots (which show through furniture), so nothing is read through a panel. */
export const PANEL_ON_TOP = 20;
/** A panel's centre stands this high above the floor: below a standing visitor's eyes (1.6 m), as a page is read. */
export const READING_HEIGHT_M = 1.45;
