// What doorways and windows share: an opening keeps clear of its wall's corners.

/** Openings keep this far from the wall's corners so the jambs stay solid. */
export const MIN_JAMB_M = 0.2;

/** Whether an opening centred `alongM` along a wall of `wallLengthM`, `widthM` wide, leaves both jambs solid. */
export const fitsOnWall = ({ alongM, widthM }: { alongM: number; widthM: number }, wallLengthM: number) =>
  !(alongM - widthM / 2 < MIN_JAMB_M || alongM + widthM / 2 > wallLengthM - MIN_JAMB_M);
