// What is seen over the walls (rooms/surroundings.ts): valid, marked, clear of the house and of where a visitor walks,
// named in both languages, and cheap to draw.
import { describe, expect, it } from 'vitest';
import { eraHouses, house, surroundings as placed } from '../../rooms';
import { surroundings as file } from '../../rooms/surroundings';
import { validateSurroundings, type PlacedTree } from '../../rooms/validate/surroundings';
import { overlapAreaM2, contains, distanceM } from '../../src/plan/geometry';
import { roomAt } from '../../src/plan/walkable';
import { routeBetween } from '../../src/plan/route';
import { BODY_RADIUS_M } from '../../src/plan/constants';
import type { Point } from '../../rooms/schema';
import { buildTown, buildTrees, signsShownIn } from '../../src/scene/surroundings/buildSurroundings';

const copy = () => structuredClone(file) as any;
/** A trunk's widest, plus a visitor's body: how close a walked line may pass a tree. */
const TRUNK_CLEARANCE_M = 0.35 + BODY_RADIUS_M;

const distanceToSegment = (p: Point, a: Point, b: Point) => {
  const dx = b.xM - a.xM;
  const dz = b.zM - a.zM;
  const t = Math.max(0, Math.min(1, ((p.xM - a.xM) * dx + (p.zM - a.zM) * dz) / (dx * dx + dz * dz || 1)));
  return Math.hypot(p.xM - a.xM - t * dx, p.zM - a.zM - t * dz);
};

describe('the surroundings', () => {
  it('are valid against every era’s house, and each thing says how we know it', () => {
    for (const h of Object.values(eraHouses)) expect(() => validateSurroundings(file, h)).not.toThrow();
    const evidences = [...file.streets.map((s) => s.evidence), ...file.blocks.map((b) => b.evidence), ...file.treeGroups.map((g) => g.evidence)];
    for (const e of evidences) {
      expect(['documented', 'inferred']).toContain(e.status);
      if (e.status === 'documented') expect(e.sources.length).toBeGreaterThan(0);
    }
    // Nothing in the sources describes the neighbours or the trees.
    for (const e of [...file.blocks.map((b) => b.evidence), ...file.treeGroups.map((g) => g.evidence)]) expect(e.status).toBe('inferred');
  });

  it('names the streets in English and Spanish, and shows today’s address in no earlier era', () => {
    for (const s of file.streets) {
      expect(s.name.en.trim()).not.toBe('');
      expect(s.name.es.trim()).not.toBe('');
      expect(s.evidence.note.en.trim()).not.toBe('');
      expect(s.evidence.note.es.trim()).not.toBe('');
    }
    expect(placed.streets.find((s) => s.id === 'viena')?.side).toBe('north');
    expect(placed.streets.find((s) => s.id === 'morelos')?.side).toBe('east');
    const churubusco = placed.streets.find((s) => s.id === 'rio-churubusco')!;
    expect(churubusco.eras).toEqual(['today']);
    expect(churubusco.area).toBeNull();
    expect(placed.signs.map((s) => s.text).sort()).toEqual(['CALLE MORELOS', 'CALLE VIENA']);
  });

  it('puts nothing inside the compound’s buildings', () => {
    for (const h of Object.values(eraHouses)) {
      const s = validateSurroundings(file, h);
      const indoor = h.order.map((id) => h.rooms[id]).filter((r) => r.kind === 'indoor');
      for (const b of s.blocks) expect(overlapAreaM2(b.footprint, h.outdoor.footprint)).toBe(0);
      for (const t of s.trees) {
        const crown = { xM: t.xM - t.crownM / 2, zM: t.zM - t.crownM / 2, widthM: t.crownM, depthM: t.crownM };
        for (const r of indoor) expect(overlapAreaM2(r.footprint, crown), `tree at ${t.xM}, ${t.zM} over ${r.id}`).toBe(0);
        if (t.inside) expect(roomAt(h, t)).toBe(h.outdoor.id);
        else expect(contains(h.outdoor.footprint, t)).toBe(false);
      }
    }
  });

  it('keeps the garden’s trees out of doorways, off the paths and off the ways a visitor walks between rooms', () => {
    for (const h of Object.values(eraHouses)) {
      const inside: PlacedTree[] = validateSurroundings(file, h).trees.filter((t) => t.inside);
      expect(inside.length).toBeGreaterThan(0);
      const entrances = h.order.map((id) => h.entrances[id]);
      for (const t of inside) {
        for (const d of h.doorways) expect(distanceM(t, d.centre), `tree at ${t.xM}, ${t.zM} by a doorway`).toBeGreaterThan(2);
        for (const p of h.outdoor.grounds!.paths) expect(distanceToSegment(t, p.from, p.to)).toBeGreaterThan(p.widthM / 2 + TRUNK_CLEARANCE_M);
        for (const e of entrances) expect(distanceM(t, e)).toBeGreaterThan(1.5);
      }
      // Every walk from the garden's entrance to a room's entrance, as a guided tour glides it.
      for (const to of entrances) {
        const route = routeBetween(h, h.entrances[h.outdoor.id], to)!;
        expect(route).not.toBeNull();
        for (let i = 1; i < route.length; i++)
          for (const t of inside) expect(distanceToSegment(t, route[i - 1], route[i]), `route to ${to.xM}, ${to.zM}`).toBeGreaterThan(TRUNK_CLEARANCE_M);
      }
    }
  });

  it('names the file and the field when the data is wrong', () => {
    const unnamed = copy();
    unnamed.streets[0].name.es = ' ';
    expect(() => validateSurroundings(unnamed, house)).toThrow(/rooms\/surroundings\.ts: streets\[0\]\.name\.es/);
    const inStudy = copy();
    Object.assign(inStudy.treeGroups[1].trees[0], { side: 'north', alongM: 28, outM: -3 });
    expect(() => validateSurroundings(inStudy, house)).toThrow(/rooms\/surroundings\.ts: treeGroups\[1\]\.trees\[0\]: its crown reaches into the house/);
    const onPath = copy();
    Object.assign(onPath.treeGroups[1].trees[0], { side: 'north', alongM: 20, outM: -20 });
    expect(() => validateSurroundings(onPath, house)).toThrow(/treeGroups\[1\]\.trees\[0\]: stands on a garden path/);
    const nowhere = copy();
    nowhere.streets[0].sign.alongM = 45; // where Morelos Street crosses: no front to paint on
    expect(() => validateSurroundings(nowhere, house)).toThrow(/streets\[0\]\.sign\.alongM/);
  });

  it('stays low-poly: two geometries well under 15k triangles', () => {
    const atlas = { texture: null, white: [0.5, 0.99] as const, rects: placed.signs.map(() => [0, 0, 1, 0.5] as const) };
    const town = buildTown(placed, signsShownIn(placed, 'today'), atlas);
    const trees = buildTrees(placed, atlas.white);
    expect(town.triangles + trees.triangles).toBeLessThan(15_000);
    for (const g of [town.geometry, trees.geometry]) {
      expect(g.getAttribute('position').count).toBeGreaterThan(0);
      expect(g.getAttribute('uv').count).toBe(g.getAttribute('position').count);
      g.dispose();
    }
    console.log(`surroundings: ${town.triangles} + ${trees.triangles} triangles`);
  });
});
