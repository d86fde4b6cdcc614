// The surroundings as two geometries from the placed data (virtual:surroundings, rooms/validate/surroundings.ts):
// the town (the ground, the streets, the neighbours' houses with their doors and windows, the painted street
// names) and the trees (trunks and crowns, the one part that casts into the garden). Low-poly and flat-shaded:
// about 3k triangles in all, seen over 4.5 m walls.
import type { BufferGeometry } from 'three';
import type { PlacedSurroundings, PlacedTree } from '../../../rooms/validate/surroundings';
import { MeshArrays, type UvRect, type V3 } from './MeshArrays';
import { FINISH_COLOURS, SURROUNDINGS_COLOURS as C } from './surroundingsPalette';
import type { SignAtlas } from './streetSigns';
import { STREET_SIGN as SIGN } from '../../plan/streetSign';

/** Heights of the flat layers under the garden's lawn (its box's bottom is 5 cm down): never seen through it. */
const GROUND_Y_M = -0.09;
const STREET_Y_M = -0.07;
/** Doors and windows stand this far proud of a front. */
const PROUD_M = 0.02;
const DOOR = { widthM: 1.1, heightM: 2.2 } as const;
const WINDOW = { widthM: 1.2, heightM: 1.3, sillM: 1.0 } as const;
/** A two-storey house gets a row of upper windows. */
const UPPER_STOREY_FROM_M = 5;
const UPPER_SILL_M = 3.8;
/** A trunk's radius: a little thicker for a taller tree. */
const trunkRadiusM = (t: PlacedTree) => 0.12 + t.heightM * 0.012;
const TRUNK_SIDES = 6;
/** A round crown is flatter than it is wide. */
const ROUND_CROWN_HEIGHT = 0.8;
const TALL_CROWN_SHARE = 0.85;
/** A crown is a faceted ball of this many rings and segments (6 × 7: 70 triangles). Made here: three's
 *  IcosahedronGeometry would be bundled with the rest of three, in the page's first scripts. */
const CROWN_RINGS = 6;
const CROWN_SEGMENTS = 7;

/** The unit ball's triangles, as corners (x, y, z on the unit sphere), built once. */
function unitCrown(): V3[][] {
  const at = (ring: number, seg: number): V3 => {
    const polar = (ring / CROWN_RINGS) * Math.PI;
    // Each ring turned half a segment from the last, so the facets interlock like leaf masses, not like a globe.
    const az = ((seg + (ring % 2) * 0.5) / CROWN_SEGMENTS) * Math.PI * 2;
    return [Math.sin(polar) * Math.cos(az), Math.cos(polar), -Math.sin(polar) * Math.sin(az)];
  };
  const faces: V3[][] = [];
  for (let ring = 0; ring < CROWN_RINGS; ring++)
    for (let seg = 0; seg < CROWN_SEGMENTS; seg++) {
      const a = at(ring, seg), b = at(ring + 1, seg), c = at(ring + 1, seg + 1), d = at(ring, seg + 1);
      if (ring > 0) faces.push([a, b, d]);
      if (ring < CROWN_RINGS - 1) faces.push([d, b, c]);
    }
  return faces;
}

type Plan = { xM: number; zM: number };

/** A point `alongM` across a front facing `facing` from `centre`, `upM` above the ground, `outM` proud of it. */
function onFront(centre: Plan, facing: Plan, alongM: number, upM: number, outM = PROUD_M): V3 {
  // To the right of someone looking at the front: (facing.z, −facing.x) on the plan (x east, z south).
  return [centre.xM + facing.zM * alongM + facing.xM * outM, upM, centre.zM - facing.xM * alongM + facing.zM * outM];
}

/** An upright rectangle on a front, `offsetM` to the right of `centre`, from `y0` to `y1`. */
function frontQuad(m: MeshArrays, centre: Plan, facing: Plan, offsetM: number, w: number, y0: number, y1: number, colour: string, uv?: UvRect) {
  const at = (a: number, y: number) => onFront(centre, facing, offsetM + a, y);
  m.quad(at(-w / 2, y0), at(w / 2, y0), at(w / 2, y1), at(-w / 2, y1), colour, uv);
}

/** Which signs an era shows (`era` as the store holds it), as a key: eras that show the same signs share a town. */
export const signsShownIn = (s: PlacedSurroundings, era: string): string =>
  s.signs.map((sign) => ((sign.eras as readonly string[]).includes(era) ? '1' : '0')).join('');

/** The town with the signs `shown` marks (signsShownIn). */
export function buildTown(s: PlacedSurroundings, shown: string, atlas: SignAtlas): { geometry: BufferGeometry; triangles: number } {
  const m = new MeshArrays(atlas.white);
  const g = s.ground;
  m.quad([g.xM, GROUND_Y_M, g.zM], [g.xM, GROUND_Y_M, g.zM + g.depthM], [g.xM + g.widthM, GROUND_Y_M, g.zM + g.depthM], [g.xM + g.widthM, GROUND_Y_M, g.zM], C.ground);
  for (const street of s.streets) {
    const a = street.area;
    if (!a) continue;
    m.quad([a.xM, STREET_Y_M, a.zM], [a.xM, STREET_Y_M, a.zM + a.depthM], [a.xM + a.widthM, STREET_Y_M, a.zM + a.depthM], [a.xM + a.widthM, STREET_Y_M, a.zM], C.street);
  }
  for (const b of s.blocks) {
    const f = b.footprint;
    m.box(f.xM, f.zM, f.xM + f.widthM, f.zM + f.depthM, 0, b.heightM, FINISH_COLOURS[b.finish], C.roof);
    const { facing } = b;
    const lengthM = facing.xM === 0 ? f.widthM : f.depthM;
    const centre = { xM: f.xM + (f.widthM * (1 + facing.xM)) / 2, zM: f.zM + (f.depthM * (1 + facing.zM)) / 2 };
    const across = (p: Plan) => (p.xM - centre.xM) * facing.zM - (p.zM - centre.zM) * facing.xM;
    const signed = s.signs.some((g) => g.facing.xM === facing.xM && g.facing.zM === facing.zM && Math.abs(across(g)) < lengthM / 2 && Math.abs((g.xM - centre.xM) * facing.xM + (g.zM - centre.zM) * facing.zM) < 0.1);
    // A door to one side and a window to the other (none under a sign), and an upper row on a two-storey house.
    frontQuad(m, centre, facing, -lengthM * 0.25, DOOR.widthM, 0, DOOR.heightM, C.opening);
    if (!signed) frontQuad(m, centre, facing, lengthM * 0.2, WINDOW.widthM, WINDOW.sillM, WINDOW.sillM + WINDOW.heightM, C.opening);
    if (b.heightM >= UPPER_STOREY_FROM_M)
      for (const at of [-0.25, 0.2]) frontQuad(m, centre, facing, lengthM * at, WINDOW.widthM, UPPER_SILL_M, UPPER_SILL_M + WINDOW.heightM, C.opening);
  }
  s.signs.forEach((sign, i) => {
    if (shown[i] !== '1') return;
    const y0 = sign.yM - SIGN.heightM / 2;
    frontQuad(m, sign, sign.facing, 0, SIGN.widthM, y0, y0 + SIGN.heightM, '#ffffff', atlas.rects[i]);
  });
  return { geometry: m.build(), triangles: m.triangles };
}

/** A small deterministic jitter per tree and face, so the crowns are not one flat green. */
const jitter = (n: number) => {
  const x = Math.sin(n * 12.9898) * 43758.5453;
  return x - Math.floor(x);
};

export function buildTrees(s: PlacedSurroundings, white: readonly [number, number]): { geometry: BufferGeometry; triangles: number } {
  const m = new MeshArrays(white);
  const crown = unitCrown();
  s.trees.forEach((t, i) => {
    const tall = t.shape === 'tall';
    const crownH = tall ? t.heightM * TALL_CROWN_SHARE : t.crownM * ROUND_CROWN_HEIGHT;
    const cy = t.heightM - crownH / 2;
    const r = trunkRadiusM(t);
    for (let k = 0; k < TRUNK_SIDES; k++) {
      const a0 = (k / TRUNK_SIDES) * Math.PI * 2;
      const a1 = ((k + 1) / TRUNK_SIDES) * Math.PI * 2;
      const p = (a: number, y: number): V3 => [t.xM + Math.cos(a) * r, y, t.zM - Math.sin(a) * r];
      m.quad(p(a0, 0), p(a1, 0), p(a1, cy), p(a0, cy), C.trunk);
    }
    const leaves = tall ? C.cypress : C.leaves[i % C.leaves.length];
    crown.forEach((face, f) => {
      const [a, b, c] = face.map((p): V3 => [t.xM + p[0] * (t.crownM / 2), cy + p[1] * (crownH / 2), t.zM + p[2] * (t.crownM / 2)]);
      // Some faces a shade lighter or darker: leaf masses catching the light unevenly.
      const shade = jitter(i * 131 + f) < 0.3 ? C.leaves[(i + 2) % C.leaves.length] : leaves;
      m.triangle(a, b, c, tall ? leaves : shade);
    });
  });
  return { geometry: m.build(), triangles: m.triangles };
}
