// The surroundings (rooms/surroundings.ts) through their schema, resolved from the compound's walls to site
// coordinates, and checked against the house: no neighbour's house or tree where the compound's buildings stand,
// no tree on a garden path, in a doorway or on an exhibit, no tree inside a neighbour's house or in a street's
// roadway, every sign on a neighbour's front tall enough to carry it. Problems name the file and the field.
import type { Footprint, Point, Side } from '../schema';
import { erasOf } from '../schema/eras';
import type { EraId } from '../schema/ids';
import { SurroundingsSchema, type Finish, type Street, type Tree } from '../schema/surroundings';
import type { House } from './house';
import { parsed, throwIfAny } from './problems';
import { contains, overlapAreaM2, pointOnWall, wallLine } from '../../src/plan/geometry';
import { modelRectangle } from '../../src/plan/modelRectangle';
import { STREET_SIGN as SIGN } from '../../src/plan/streetSign';

export const SURROUNDINGS_FILE = 'rooms/surroundings.ts';

/** A one-storey front is at least this tall where a sign hangs on it. */
const SIGN_FRONT_MIN_M = SIGN.centreYM + SIGN.heightM / 2 + 0.3;
/** A tree's trunk keeps this far from a garden path's edge, a doorway's middle, an exhibit's footprint, a wall. */
const TRUNK_CLEAR = { pathM: 1, doorwayM: 2.5, exhibitM: 1, wallM: 0.6 } as const;
/** The roadway is the street less its two pavements. */
const PAVEMENT_M = 2;
/** How far the ground and the streets run past the outermost neighbour. */
const GROUND_MARGIN_M = 30;

export interface PlacedBlock {
  footprint: Footprint;
  heightM: number;
  finish: Finish;
  /** Out of its front, towards the street and the compound. */
  facing: Point;
}
export interface PlacedTree extends Omit<Tree, 'side' | 'alongM' | 'outM'> {
  xM: number;
  zM: number;
  inside: boolean;
}
export interface PlacedSign {
  text: string;
  /** The sign's middle on the front it is painted on. */
  xM: number;
  zM: number;
  yM: number;
  /** Out of the front, towards the street and the compound. */
  facing: Point;
  eras: EraId[];
}
export interface PlacedStreet extends Pick<Street, 'id' | 'name' | 'side' | 'evidence'> {
  /** Its whole width along the compound's side, from one end of the ground to the other; null if not placed. */
  area: Footprint | null;
  eras: EraId[];
}
export interface PlacedSurroundings {
  ground: Footprint;
  streets: PlacedStreet[];
  blocks: PlacedBlock[];
  trees: PlacedTree[];
  signs: PlacedSign[];
}

/** The rectangle `outFrom`–`outTo` out from a side of `site`, `alongFrom`–`alongTo` along it. */
function band(site: Footprint, side: Side, along: [number, number], out: [number, number]): Footprint {
  const line = wallLine(site, side);
  const a = pointOnWall(line, along[0], out[0]);
  const b = pointOnWall(line, along[1], out[1]);
  const xM = Math.min(a.xM, b.xM);
  const zM = Math.min(a.zM, b.zM);
  return { xM, zM, widthM: Math.abs(a.xM - b.xM), depthM: Math.abs(a.zM - b.zM) };
}

const distanceToSegment = (p: Point, a: Point, b: Point) => {
  const dx = b.xM - a.xM;
  const dz = b.zM - a.zM;
  const t = Math.max(0, Math.min(1, ((p.xM - a.xM) * dx + (p.zM - a.zM) * dz) / (dx * dx + dz * dz || 1)));
  return Math.hypot(p.xM - a.xM - t * dx, p.zM - a.zM - t * dz);
};
/** A square round a crown (or a trunk) of width `widthM`: a circle's bounds are enough for these checks. */
const square = (p: Point, widthM: number): Footprint => ({ xM: p.xM - widthM / 2, zM: p.zM - widthM / 2, widthM, depthM: widthM });

export function validateSurroundings(input: unknown, house: House, file = SURROUNDINGS_FILE): PlacedSurroundings {
  const problems: string[] = [];
  const data = parsed(SurroundingsSchema, input, `${file}: `, problems);
  throwIfAny(problems);
  const site = house.outdoor.footprint;
  const indoor = house.order.map((id) => house.rooms[id]).filter((r) => r.kind === 'indoor');
  const grounds = house.outdoor.grounds!;

  const blocks: PlacedBlock[] = [];
  data!.blocks.forEach((row, r) => {
    const out = wallLine(site, row.side).outward;
    const facing = { xM: -out.xM || 0, zM: -out.zM || 0 };
    let along = row.fromM;
    row.lots.forEach((lot, l) => {
      const footprint = band(site, row.side, [along, along + lot.widthM], [row.frontM, row.frontM + row.depthM]);
      along += lot.widthM;
      if (overlapAreaM2(footprint, site) > 0) problems.push(`${file}: blocks[${r}].lots[${l}]: stands inside the compound`);
      blocks.push({ footprint, heightM: lot.heightM, finish: lot.finish, facing });
    });
  });
  blocks.forEach((a, i) =>
    blocks.slice(i + 1).forEach((b) => {
      if (overlapAreaM2(a.footprint, b.footprint) > 0.01) problems.push(`${file}: blocks: two neighbours' houses overlap at x ${a.footprint.xM}, z ${a.footprint.zM}`);
    }),
  );

  const xs = blocks.flatMap((b) => [b.footprint.xM, b.footprint.xM + b.footprint.widthM]).concat([site.xM, site.xM + site.widthM]);
  const zs = blocks.flatMap((b) => [b.footprint.zM, b.footprint.zM + b.footprint.depthM]).concat([site.zM, site.zM + site.depthM]);
  const ground: Footprint = {
    xM: Math.min(...xs) - GROUND_MARGIN_M,
    zM: Math.min(...zs) - GROUND_MARGIN_M,
    widthM: Math.max(...xs) - Math.min(...xs) + 2 * GROUND_MARGIN_M,
    depthM: Math.max(...zs) - Math.min(...zs) + 2 * GROUND_MARGIN_M,
  };
  /** The side's whole length across the ground, measured along it from the site's own start. */
  const across = (side: Side): [number, number] =>
    side === 'north' || side === 'south' ? [ground.xM - site.xM, ground.xM + ground.widthM - site.xM] : [ground.zM - site.zM, ground.zM + ground.depthM - site.zM];

  const streets: PlacedStreet[] = [];
  const signs: PlacedSign[] = [];
  data!.streets.forEach((street, s) => {
    const eras = erasOf(street.eras);
    const area = street.side ? band(site, street.side, across(street.side), [0, street.widthM]) : null;
    streets.push({ id: street.id, name: street.name, side: street.side, evidence: street.evidence, area, eras });
    if (!street.sign) return;
    if (!street.side) return void problems.push(`${file}: streets[${s}].sign: a street with no side has nowhere for its sign`);
    const line = wallLine(site, street.side);
    const at = pointOnWall(line, street.sign.alongM, street.widthM);
    const front = blocks.find((b) => contains(b.footprint, pointOnWall(line, street.sign!.alongM, street.widthM + 0.01)));
    if (!front || front.heightM < SIGN_FRONT_MIN_M)
      problems.push(`${file}: streets[${s}].sign.alongM: no neighbour's front at least ${SIGN_FRONT_MIN_M} m tall across the street there`);
    const facing = { xM: -line.outward.xM || 0, zM: -line.outward.zM || 0 };
    // 1 cm proud of the front, so it is never lost in it.
    signs.push({ text: street.sign.text, xM: at.xM + facing.xM * 0.01, zM: at.zM + facing.zM * 0.01, yM: SIGN.centreYM, facing, eras });
  });

  const roadways = streets.flatMap((s) =>
    s.side ? [band(site, s.side, across(s.side), [PAVEMENT_M, data!.streets.find((d) => d.id === s.id)!.widthM - PAVEMENT_M])] : [],
  );
  const exhibits = Object.values(house.exhibits)
    .filter((e) => e.roomId === house.outdoor.id && e.exhibit.model.kind !== 'marker')
    .map((e) => modelRectangle(e.exhibit));
  const trees: PlacedTree[] = [];
  data!.treeGroups.forEach((group, g) =>
    group.trees.forEach((tree, t) => {
      const at = `${file}: treeGroups[${g}].trees[${t}]`;
      const p = pointOnWall(wallLine(site, tree.side), tree.alongM, tree.outM);
      const inside = contains(site, p);
      const crown = square(p, tree.crownM);
      if (indoor.some((room) => overlapAreaM2(room.footprint, crown) > 0)) problems.push(`${at}: its crown reaches into the house`);
      if (blocks.some((b) => contains(b.footprint, p, -0.5))) problems.push(`${at}: stands inside a neighbour's house`);
      if (roadways.some((r) => contains(r, p))) problems.push(`${at}: stands in a street's roadway`);
      if (contains(site, p, -TRUNK_CLEAR.wallM) && !contains(site, p, TRUNK_CLEAR.wallM)) problems.push(`${at}: stands on the compound's wall`);
      if (inside) {
        for (const path of grounds.paths)
          if (distanceToSegment(p, path.from, path.to) < path.widthM / 2 + TRUNK_CLEAR.pathM) problems.push(`${at}: stands on a garden path`);
        for (const d of house.doorways)
          if (Math.hypot(p.xM - d.centre.xM, p.zM - d.centre.zM) < TRUNK_CLEAR.doorwayM) problems.push(`${at}: stands in front of a doorway`);
        if (exhibits.some((e) => contains(e, p, -TRUNK_CLEAR.exhibitM))) problems.push(`${at}: stands on one of the garden's exhibits`);
      }
      const { side: _side, alongM: _along, outM: _out, ...shape } = tree;
      trees.push({ ...shape, xM: p.xM, zM: p.zM, inside });
    }),
  );
  throwIfAny(problems);
  return { ground, streets, blocks, trees, signs };
}
