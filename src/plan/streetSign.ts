// How big a street's painted name is, shared by the validation (the front it hangs on must be tall enough) and
// the scene (which paints and places it). Its own module: only the surroundings' lazy chunk and the build read it.

/** A street's painted name on a neighbour's front: its middle above the street, its height and width (low enough
 *  for a one-storey front to carry it, wide enough to be read across the site from the overview). */
export const STREET_SIGN = { centreYM: 2.7, heightM: 0.8, widthM: 4.6 } as const;
