// A divided room's partitions, in the room's own wall surface (so they join its walls' merged mesh and add no draw
// call): each solid stretch floor to ceiling, and a lintel over each door gap. Their tops meet the ceiling and their
// ends meet the outer walls, so neither is drawn.
import type { Footprint, Room } from '../../../rooms/schema';
import { PARTITION_DOOR_HEIGHT_M, partitionPlan } from '../../plan/partitions';
import type { SurfaceBuilder } from './SurfaceBuilder';
import type { Surface } from './surfaces';

export function addPartitionWalls(b: SurfaceBuilder<Surface>, room: Room): void {
  const wall: Surface = `wall-${room.finishes.walls}`;
  const box = (r: Footprint, y0: number) =>
    b.box(
      { x: r.xM, y: y0, z: r.zM },
      { x: r.xM + r.widthM, y: room.wallHeightM, z: r.zM + r.depthM },
      { px: wall, nx: wall, pz: wall, nz: wall, ny: y0 > 0 ? wall : null },
    );
  const { solids, gaps } = partitionPlan(room);
  for (const s of solids) box(s, 0);
  for (const g of gaps) box(g.rect, PARTITION_DOOR_HEIGHT_M);
}
