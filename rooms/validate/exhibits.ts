import { contains, overlapAreaM2 } from '../../src/plan/geometry';
import { modelRectangle } from '../../src/plan/modelRectangle';
import type { Room, RoomId } from '../schema';
import type { House } from './house';
import type { Site } from './site';

/** Models stand clear of the walls, which are built this far inside each footprint. */
const MODEL_WALL_INSET_M = 0.12;

/** Exhibits: ids unique across the house, models inside their rooms (by the size the schema resolved from the
 *  model's definition), links that lead somewhere. */
export function indexExhibits({ fileOf }: Site, order: RoomId[], roomsById: Record<RoomId, Room>, problems: string[]): House['exhibits'] {
  const exhibits: House['exhibits'] = {};
  for (const id of order)
    roomsById[id].exhibits.forEach((exhibit, i) => {
      const field = `${fileOf(id)}: exhibits[${i}]`;
      if (exhibits[exhibit.id]) problems.push(`${field}.id: "${exhibit.id}" is already used in ${fileOf(exhibits[exhibit.id].roomId)}`);
      else exhibits[exhibit.id] = { roomId: id, exhibit };
      const rect = modelRectangle(exhibit);
      const room = roomsById[id];
      const inside =
        contains(room.footprint, { xM: rect.xM, zM: rect.zM }, MODEL_WALL_INSET_M - 0.03) &&
        contains(room.footprint, { xM: rect.xM + rect.widthM, zM: rect.zM + rect.depthM }, MODEL_WALL_INSET_M - 0.03);
      if (!inside) problems.push(`${field}.model: "${exhibit.id}" does not fit inside ${id} (clear of its walls)`);
      if (room.kind === 'indoor' && exhibit.model.yM + exhibit.model.size.heightM > room.wallHeightM)
        problems.push(`${field}.model.yM: "${exhibit.id}" rises above the ceiling`);
      exhibit.linesOfFire &&
        [exhibit.linesOfFire.from, ...exhibit.linesOfFire.to].forEach((point, j) => {
          const where = j === 0 ? 'from' : `to[${j - 1}]`;
          if (!contains(room.footprint, point)) problems.push(`${field}.linesOfFire.${where}: lies outside ${id}`);
          else if (room.kind === 'indoor' && point.yM > room.wallHeightM) problems.push(`${field}.linesOfFire.${where}.yM: lies above the ceiling`);
        });
      if (room.kind === 'outdoor')
        for (const other of order)
          if (roomsById[other].kind === 'indoor' && overlapAreaM2(rect, roomsById[other].footprint) > 0)
            problems.push(`${field}.model: "${exhibit.id}" stands inside ${other}`);
    });
  for (const id of order)
    roomsById[id].exhibits.forEach((exhibit, i) =>
      exhibit.related.forEach((r, j) => {
        if (!exhibits[r] && !(r in roomsById)) problems.push(`${fileOf(id)}: exhibits[${i}].related[${j}]: no exhibit or room "${r}"`);
      }),
    );
  return exhibits;
}
