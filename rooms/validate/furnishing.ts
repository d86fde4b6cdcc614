// The furnishing checked against every era's house it stands in: inside its room and under its ceiling, clear of
// the doorways, off the exhibits' models (unless standing on one), off their hotspot dots and off the spot where a
// visitor arrives. Each problem names the file and field, and the first era it shows in.
import { contains, overlapAreaM2 } from '../../src/plan/geometry';
import { modelRectangle } from '../../src/plan/modelRectangle';
import { pieceRectangle } from '../../src/plan/pieceRectangle';
import { hotspotPosition } from '../../src/scene/hotspotPosition';
import { BODY_RADIUS_M } from '../../src/plan/constants';
import { erasOf, spanCovers, type EraId, type Footprint, type RoomId } from '../schema';
import { FurnishingFileSchema, type FurnishingPiece, type ShippedPiece } from '../schema/furnishing';
import type { House } from './house';
import { parsed, throwIfAny } from './problems';

/** Clear floor kept in front of every doorway, on both sides of it. */
export const DOORWAY_CLEAR_M = 0.9;
/** Pieces stand clear of the walls' faces (walls are built 0.12 m inside a footprint), as exhibits do. */
const WALL_INSET_M = 0.09;
/** A raised piece not on an exhibit must hang within this of a wall (a clock, a rail, curtains). */
const ON_WALL_M = 0.3;
/** Room left round a hotspot's dot, so no piece covers it. */
const HOTSPOT_CLEAR_M = 0.12;
/** Flatter than this (a rug) a piece is walked over, so it may lie where a visitor arrives. */
const WALK_OVER_M = 0.05;

const grow = (f: Footprint, m: number): Footprint => ({ xM: f.xM - m, zM: f.zM - m, widthM: f.widthM + 2 * m, depthM: f.depthM + 2 * m });

/** The floor kept clear in front of a doorway, on `roomId`'s side of it. */
function doorwayClearance(d: House['doorways'][number], roomId: RoomId): Footprint {
  const inward = d.owner === roomId ? -1 : 1;
  const along = d.outward.xM === 0 ? { xM: 1, zM: 0 } : { xM: 0, zM: 1 };
  const half = d.geometry.widthM / 2;
  const ends = [-half, half].flatMap((a) =>
    [0, DOORWAY_CLEAR_M].map((depth) => ({
      xM: d.centre.xM + along.xM * a + d.outward.xM * inward * depth,
      zM: d.centre.zM + along.zM * a + d.outward.zM * inward * depth,
    })),
  );
  const xs = ends.map((p) => p.xM);
  const zs = ends.map((p) => p.zM);
  return { xM: Math.min(...xs), zM: Math.min(...zs), widthM: Math.max(...xs) - Math.min(...xs), depthM: Math.max(...zs) - Math.min(...zs) };
}

/** What is wrong with one piece in one era's house, as `field: message` pairs. */
function problemsIn(piece: FurnishingPiece, roomId: RoomId, house: House, floorPieces: FurnishingPiece[]): [string, string][] {
  const room = house.rooms[roomId];
  const out: [string, string][] = [];
  const rect = pieceRectangle(piece);
  const y0 = piece.yM ?? 0;
  const y1 = y0 + piece.size.heightM;
  const f = room.footprint;
  const corners = [
    { xM: rect.xM, zM: rect.zM },
    { xM: rect.xM + rect.widthM, zM: rect.zM + rect.depthM },
  ];
  if (!corners.every((c) => contains(f, c, WALL_INSET_M))) out.push(['xM', `"${piece.id}" does not fit inside ${roomId} (clear of its walls)`]);
  if (room.kind === 'indoor' && y1 > room.wallHeightM) out.push(['yM', `"${piece.id}" rises above the ceiling`]);
  for (const d of house.doorways.filter((d) => d.rooms.includes(roomId)))
    if (overlapAreaM2(rect, doorwayClearance(d, roomId)) > 0) {
      const other = d.rooms.find((r) => r !== roomId)!;
      out.push(['xM', `"${piece.id}" stands in the doorway to ${other}: keep ${DOORWAY_CLEAR_M} m clear in front of it`]);
    }
  const exhibits = room.exhibits.filter((x) => x.model.kind !== 'marker');
  if (piece.yM === undefined) {
    for (const x of exhibits)
      if (overlapAreaM2(rect, modelRectangle(x)) > 0) out.push(['xM', `"${piece.id}" overlaps the model of "${x.id}" (give yM to stand on it)`]);
  } else {
    const onExhibit = exhibits.some((x) => contains(modelRectangle(x), piece)) || floorPieces.some((p) => p !== piece && contains(pieceRectangle(p), piece));
    const onWall = rect.xM - f.xM < ON_WALL_M || rect.zM - f.zM < ON_WALL_M || f.xM + f.widthM - (rect.xM + rect.widthM) < ON_WALL_M || f.zM + f.depthM - (rect.zM + rect.depthM) < ON_WALL_M;
    if (!onExhibit && !onWall) out.push(['yM', `"${piece.id}" floats: it stands on no exhibit's model or floor piece and hangs on no wall`]);
  }
  for (const x of room.exhibits) {
    const [hx, hy, hz] = hotspotPosition(x);
    if (contains(grow(rect, HOTSPOT_CLEAR_M), { xM: hx, zM: hz }) && hy > y0 - HOTSPOT_CLEAR_M && hy < y1 + HOTSPOT_CLEAR_M)
      out.push(['xM', `"${piece.id}" covers the hotspot of "${x.id}"`]);
  }
  const entrance = house.entrances[roomId];
  if (piece.size.heightM > WALK_OVER_M && y0 < 1.8 && contains(grow(rect, BODY_RADIUS_M), entrance))
    out.push(['xM', `"${piece.id}" stands where a visitor arrives in ${roomId}`]);
  return out;
}

/** Validates the furnishing files (keyed `rooms/furnishing/<room-id>.ts`) against each era's house, and returns
 *  what the page is sent, or throws with every problem named by file and field. */
export function validateFurnishing(files: Record<string, unknown>, houses: Partial<Record<EraId, House>>): ShippedPiece[] {
  const problems: string[] = [];
  const shipped: ShippedPiece[] = [];
  const seen = new Map<string, string>();
  for (const [file, data] of Object.entries(files)) {
    const content = parsed(FurnishingFileSchema, data, `${file}: `, problems);
    if (!content) continue;
    const expected = `rooms/furnishing/${content.room}.ts`;
    if (file !== expected) problems.push(`${file}: room: "${content.room}" is furnished in ${expected}`);
    content.pieces.forEach((piece, i) => {
      const at = `${file}: pieces[${i}]`;
      if (seen.has(piece.id)) problems.push(`${at}.id: "${piece.id}" is already used in ${seen.get(piece.id)}`);
      else seen.set(piece.id, file);
      const reported = new Set<string>();
      let standsSomewhere = false;
      for (const era of erasOf(piece.eras)) {
        const house = houses[era];
        if (!house?.rooms[content.room]) continue;
        standsSomewhere = true;
        const floor = content.pieces.filter((p) => p.yM === undefined && spanCovers(p.eras, era));
        for (const [field, message] of problemsIn(piece, content.room, house, floor)) {
          if (reported.has(message)) continue;
          reported.add(message);
          problems.push(`${at}.${field}: ${message} (era ${era})`);
        }
      }
      if (!standsSomewhere) problems.push(`${at}.eras: "${piece.id}" stands in no era in which ${content.room} exists`);
      const { id, kind, xM, zM, yM = 0, facingDeg, size, eras } = piece;
      shipped.push({ id, room: content.room, kind, xM, zM, yM, facingDeg, size, ...(eras ? { eras: erasOf(eras) } : {}) });
    });
  }
  throwIfAny(problems);
  return shipped;
}
