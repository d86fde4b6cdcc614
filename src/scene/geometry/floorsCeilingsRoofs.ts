// A room's floor, and for an indoor room its ceiling with the roof slab over it and, under a wooden ceiling, its
// beams. The garden's floor is its lawn, laid just under the rooms' floors and the paths that stand on it.
import type { Ceiling, Room } from '../../../rooms/schema';
import { WALL_HALF_THICKNESS_M as T } from '../../plan/constants';
import type { SurfaceBuilder } from './SurfaceBuilder';
import type { Surface } from './surfaces';

/** The thickness of the slab over every indoor room: the watchtowers stand on it. */
export const ROOF_SLAB_M = 0.25;
const BEAM_SPACING_M = 0.9;
const BEAM_SIZE_M = { width: 0.12, depth: 0.18 };
const GRASS_DROP_M = 0.012;

export function addFloorCeilingRoof(b: SurfaceBuilder<Surface>, room: Room): void {
  const f = room.footprint;
  const x0 = f.xM;
  const x1 = f.xM + f.widthM;
  const z0 = f.zM;
  const z1 = f.zM + f.depthM;
  const H = room.wallHeightM;
  if (room.kind === 'outdoor') {
    b.box({ x: x0, y: -0.05, z: z0 }, { x: x1, y: -GRASS_DROP_M, z: z1 }, { py: `floor-${room.finishes.floor}` });
    return;
  }
  b.box({ x: x0, y: -0.05, z: z0 }, { x: x1, y: 0, z: z1 }, { py: `floor-${room.finishes.floor}` });
  const ceiling = room.finishes.ceiling as Exclude<Ceiling, 'open-sky'>;
  b.box({ x: x0, y: H, z: z0 }, { x: x1, y: H + ROOF_SLAB_M, z: z1 }, {
    ny: `ceiling-${ceiling}`,
    py: ceiling === 'tin' ? 'metal' : 'roof',
    px: 'exterior',
    nx: 'exterior',
    pz: 'exterior',
    nz: 'exterior',
  });
  if (ceiling === 'wood-beams') {
    // Beams span the shorter direction, as a builder would lay them.
    const acrossX = f.widthM <= f.depthM;
    const span = acrossX ? f.depthM : f.widthM;
    const n = Math.floor(span / BEAM_SPACING_M);
    const offset = (span - (n - 1) * BEAM_SPACING_M) / 2;
    for (let i = 0; i < n; i++) {
      const c = (acrossX ? z0 : x0) + offset + i * BEAM_SPACING_M;
      const w = BEAM_SIZE_M.width / 2;
      const min = acrossX ? { x: x0 + T, y: H - BEAM_SIZE_M.depth, z: c - w } : { x: c - w, y: H - BEAM_SIZE_M.depth, z: z0 + T };
      const max = acrossX ? { x: x1 - T, y: H, z: c + w } : { x: c + w, y: H, z: z1 - T };
      b.box(min, max, { ny: 'wood', px: 'wood', nx: 'wood', pz: 'wood', nz: 'wood' });
    }
  }
}
