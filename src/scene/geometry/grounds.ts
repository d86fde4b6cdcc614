// The grounds around the rooms: the perimeter wall, the watchtowers on the roofs, and the garden paths.
import type { House } from '../../../rooms/validate';
import { wallLine } from '../../plan/geometry';
import { ROOF_SLAB_M } from './floorsCeilingsRoofs';
import type { SurfaceBuilder } from './SurfaceBuilder';
import type { Surface } from './surfaces';
import { wallBox } from './wallBox';

const PERIMETER_THICKNESS_M = 0.35;
const TOWER = { sideM: 2.2, parapetM: 1.05, postM: 0.14, heightM: 2.3, roofM: 0.12, overhangM: 0.2 };
const PATH_LIFT_M = 0.004;

/** The site boundary minus the stretches where a building's own wall stands on it. */
export function addPerimeter(b: SurfaceBuilder<Surface>, house: House): void {
  const site = house.outdoor.footprint;
  const grounds = house.outdoor.grounds!;
  const H = grounds.perimeterWallHeightM;
  const P = PERIMETER_THICKNESS_M;
  for (const side of ['north', 'south', 'west', 'east'] as const) {
    const line = wallLine(site, side);
    const covered: [number, number][] = [];
    for (const id of house.order) {
      const r = house.rooms[id];
      if (r.kind !== 'indoor') continue;
      const rl = wallLine(r.footprint, side);
      const sameLine = Math.abs((rl.start.xM - line.start.xM) * line.outward.xM + (rl.start.zM - line.start.zM) * line.outward.zM) < 0.01;
      if (!sameLine) continue;
      const a0 = (rl.start.xM - line.start.xM) * line.dir.xM + (rl.start.zM - line.start.zM) * line.dir.zM;
      covered.push([a0, a0 + rl.lengthM]);
    }
    covered.sort((p, q) => p[0] - q[0]);
    let cursor = -P;
    const run = (a0: number, a1: number) =>
      a1 - a0 > 0.01 &&
      wallBox(b, line, [a0, a1], [-0.05, H], [-P, 0], { inner: 'perimeter', outer: 'perimeter', top: 'roof', ends: 'perimeter' });
    for (const [a0, a1] of covered) {
      run(cursor, a0);
      cursor = Math.max(cursor, a1);
    }
    run(cursor, line.lengthM + P);
  }
}

export function addWatchtowers(b: SurfaceBuilder<Surface>, house: House): void {
  for (const tower of house.outdoor.grounds!.watchtowers) {
    const base = house.rooms[tower.on].wallHeightM + ROOF_SLAB_M;
    const h = TOWER.sideM / 2;
    const { xM: x, zM: z } = tower;
    const w = 0.1;
    // A parapet of four low walls, corner posts, and a roof.
    const parapet = { px: 'exterior', nx: 'exterior', pz: 'exterior', nz: 'exterior', py: 'roof' } as const;
    b.box({ x: x - h, y: base, z: z - h }, { x: x + h, y: base + TOWER.parapetM, z: z - h + w }, parapet);
    b.box({ x: x - h, y: base, z: z + h - w }, { x: x + h, y: base + TOWER.parapetM, z: z + h }, parapet);
    b.box({ x: x - h, y: base, z: z - h }, { x: x - h + w, y: base + TOWER.parapetM, z: z + h }, parapet);
    b.box({ x: x + h - w, y: base, z: z - h }, { x: x + h, y: base + TOWER.parapetM, z: z + h }, parapet);
    for (const [sx, sz] of [[-1, -1], [1, -1], [-1, 1], [1, 1]]) {
      const cx = x + sx * (h - TOWER.postM / 2);
      const cz = z + sz * (h - TOWER.postM / 2);
      const p = TOWER.postM / 2;
      b.solid('wood', { x: cx - p, y: base, z: cz - p }, { x: cx + p, y: base + TOWER.heightM, z: cz + p });
    }
    const r = h + TOWER.overhangM;
    b.solid('roof', { x: x - r, y: base + TOWER.heightM, z: z - r }, { x: x + r, y: base + TOWER.heightM + TOWER.roofM, z: z + r });
  }
}

export function addPaths(b: SurfaceBuilder<Surface>, house: House): void {
  for (const p of house.outdoor.grounds!.paths)
    b.strip('earth', { x: p.from.xM, z: p.from.zM }, { x: p.to.xM, z: p.to.zM }, p.widthM, PATH_LIFT_M);
}
