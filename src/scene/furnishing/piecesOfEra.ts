// Which furnishing pieces the current house shows: those of its era, in rooms that house has (an era before a
// room was built has no furnishing for it). Pure; shared by the furnishing mesh and the baked shade.
import type { House } from '../../../rooms/validate';
import type { EraId, Footprint } from '../../../rooms/schema';
import type { ShippedPiece } from '../../../rooms/schema/furnishing';
import { pieceRectangle } from '../../plan/pieceRectangle';

export function piecesOfEra(pieces: readonly ShippedPiece[], house: House, era: EraId | string): ShippedPiece[] {
  return pieces.filter((p) => house.rooms[p.room] !== undefined && (p.eras === undefined || p.eras.includes(era as EraId)));
}

/** Flatter than this a piece (a rug) casts no contact shade: it lies on the floor rather than standing over it. */
const MIN_STANDING_HEIGHT_M = 0.05;

/** The floor under each piece that stands on the floor, by room: what the baked shade darkens beneath. */
export function floorFootprints(pieces: readonly ShippedPiece[]): Map<string, Footprint[]> {
  const byRoom = new Map<string, Footprint[]>();
  for (const p of pieces) {
    if (p.yM > 0 || p.size.heightM < MIN_STANDING_HEIGHT_M) continue;
    (byRoom.get(p.room) ?? byRoom.set(p.room, []).get(p.room)!).push(pieceRectangle(p));
  }
  return byRoom;
}
