// Builds the whole house from the room data: floors, walls with their doorways and windows cut out, window fills
// by state, the partitions of a divided room, ceilings and roofs, the perimeter wall, watchtowers and garden paths.
// The result is one geometry per surface, so the scene draws the house in about twenty calls whichever room the
// visitor is in.
// The order of the calls is the order of each surface's vertices: the worker's meshes are checked against it.
import type { BufferGeometry } from 'three';
import type { House } from '../../../rooms/validate';
import { addFloorCeilingRoof } from './floorsCeilingsRoofs';
import { addPaths, addPerimeter, addWatchtowers } from './grounds';
import { SurfaceBuilder } from './SurfaceBuilder';
import type { Surface } from './surfaces';
import { addWalls } from './walls';
import { addPartitionWalls } from './partitionWalls';

export function buildHouse(house: House): Map<Surface, BufferGeometry> {
  const b = new SurfaceBuilder<Surface>();
  for (const id of house.order) {
    const room = house.rooms[id];
    addFloorCeilingRoof(b, room);
    if (room.kind === 'indoor') addWalls(b, house, room), addPartitionWalls(b, room);
  }
  addPerimeter(b, house);
  addWatchtowers(b, house);
  addPaths(b, house);
  return b.build();
}
