// The floor a furnishing piece covers (rooms/furnishing/): its true size turned to its heading, as the
// axis-aligned rectangle round it. Pure, shared by validation, the baked shade and the tests.
import type { Footprint } from '../../rooms/schema';

export interface PlacedSize {
  xM: number;
  zM: number;
  facingDeg: number;
  size: { widthM: number; depthM: number };
}

export function pieceRectangle({ xM, zM, facingDeg, size }: PlacedSize): Footprint {
  const a = (facingDeg * Math.PI) / 180;
  const c = Math.abs(Math.cos(a));
  const s = Math.abs(Math.sin(a));
  const w = size.widthM * c + size.depthM * s;
  const d = size.widthM * s + size.depthM * c;
  return { xM: xM - w / 2, zM: zM - d / 2, widthM: w, depthM: d };
}
