import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Box3, Matrix4, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { eraHouses, ERA_IDS, furnishing, tours } from '../../rooms';
import { viewingSpot } from '../../src/plan/viewingSpot';
import { stopPoseIn } from '../../src/tour/stopPlanner';
import { TRAVEL_BLOG } from '../../rooms/define';
import { furnishingFiles } from '../../rooms/furnishing';
import { validateFurnishing } from '../../rooms/validate/furnishing';
import { HouseContentError } from '../../rooms/validate';
import type { Exhibit } from '../../rooms/schema';
import { MODEL_KINDS, modelOf } from '../../src/models/registry';
import { FURNISHING_KINDS, furnishingModelOf } from '../../src/models/furnishing/registry';
import { modelMatrix } from '../../src/scene/exhibits/buildExhibits';
import { modelRectangle } from '../../src/plan/modelRectangle';
import { pieceRectangle } from '../../src/plan/pieceRectangle';
import { contains } from '../../src/plan/geometry';
import { buildFurnishing } from '../../src/scene/furnishing/buildFurnishing';
import { floorFootprints, piecesOfEra } from '../../src/scene/furnishing/piecesOfEra';
import { bakeShade } from '../../src/scene/light/shade/bakeShade';
import { LIFT_M } from '../../src/scene/light/shade/gridFace';

const files = () => structuredClone(furnishingFiles) as Record<string, any>;

function problemsOf(broken: Record<string, unknown>): string[] {
  try {
    validateFurnishing(broken, eraHouses);
  } catch (e) {
    if (e instanceof HouseContentError) return e.problems;
    throw e;
  }
  return [];
}

const today = eraHouses.today;
const TABLE_KINDS = ['desk', 'ediphone-desk', 'typewriter-desk', 'writing-desk', 'chair-circle', 'work-table', 'dining-set'];

/** The boxes a built exhibit model's parts fill in the house (conservative for round parts). */
function worldBoxes(exhibit: Exhibit): Box3[] {
  const place = modelMatrix(exhibit);
  return modelOf(exhibit.model.kind)
    .build()
    .parts.map((p) => {
      const m = new Matrix4().multiplyMatrices(place, new Matrix4().makeTranslation(...p.at));
      const half = new Vector3(...p.size).multiplyScalar(0.5);
      // Table tops and paper are flat, unturned boxes: their own extents, moved into the house, are exact.
      return new Box3(half.clone().negate(), half).applyMatrix4(m);
    });
}

describe('the furnishing', () => {
  it('is valid in every era and modest: 25–40 pieces, none of them an exhibit kind, none in the guards’ house', () => {
    expect(problemsOf(files())).toEqual([]);
    expect(furnishing.length).toBeGreaterThanOrEqual(25);
    expect(furnishing.length).toBeLessThanOrEqual(40);
    expect(FURNISHING_KINDS.filter((k) => MODEL_KINDS.includes(k))).toEqual([]);
    expect(furnishing.filter((p) => p.room === 'guards-house')).toEqual([]);
  });

  it('marks every piece documented with a source, or inferred with a note, in both languages', () => {
    for (const file of Object.values(files()))
      for (const piece of file.pieces) {
        expect(piece.evidence.note.en.length, piece.id).toBeGreaterThan(10);
        expect(piece.evidence.note.es.length, piece.id).toBeGreaterThan(10);
        if (piece.evidence.status === 'documented') expect(piece.evidence.sources, piece.id).toContain(TRAVEL_BLOG);
        else expect(piece.evidence.status).toBe('inferred');
      }
  });

  it('heaps papers, newspapers and magazines on every table of the office, resting on its top', () => {
    const tables = today.rooms.office.exhibits.filter((x) => TABLE_KINDS.includes(x.model.kind));
    expect(tables.length).toBeGreaterThanOrEqual(5);
    const heapParts = furnishingModelOf('paper-heap').build().parts;
    expect(heapParts.filter((p) => p.surface === 'paper').length).toBeGreaterThanOrEqual(4);
    const officeFile = files()['rooms/furnishing/office.ts'];
    for (const table of tables) {
      const heaps = furnishing.filter((p) => p.room === 'office' && p.kind === 'paper-heap' && contains(modelRectangle(table), p));
      expect(heaps.length, `papers on ${table.id}`).toBeGreaterThanOrEqual(1);
      for (const heap of heaps) {
        // The heap's base lies on a surface of the table's built model, within 1.5 cm of it.
        const under = worldBoxes(table).filter((b) => b.min.x <= heap.xM && heap.xM <= b.max.x && b.min.z <= heap.zM && heap.zM <= b.max.z);
        const top = Math.max(...under.filter((b) => b.max.y <= heap.yM + 0.001).map((b) => b.max.y));
        expect(heap.yM - top, `${heap.id} on ${table.id}`).toBeLessThan(0.015);
        const input = officeFile.pieces.find((p: { id: string }) => p.id === heap.id);
        expect(input.evidence.status).toBe('documented');
      }
    }
  });

  it('names the file and field of a broken piece', () => {
    const missing = files();
    delete missing['rooms/furnishing/study.ts'].pieces[1].evidence.note.es;
    expect(problemsOf(missing)).toContainEqual(expect.stringMatching(/^rooms\/furnishing\/study\.ts: pieces\[1\]\.evidence\.note\.es: /));

    const kind = files();
    kind['rooms/furnishing/kitchen.ts'].pieces[0].kind = 'sofa';
    expect(problemsOf(kind)).toContainEqual(expect.stringMatching(/^rooms\/furnishing\/kitchen\.ts: pieces\[0\]\.kind: /));

    const unsourced = files();
    unsourced['rooms/furnishing/office.ts'].pieces[0].evidence.sources = [];
    expect(problemsOf(unsourced)).toContainEqual(expect.stringMatching(/^rooms\/furnishing\/office\.ts: pieces\[0\]\.evidence\.sources: /));

    const eras = files();
    eras['rooms/furnishing/garden.ts'].pieces[0].eras = { until: 'today' };
    expect(problemsOf(eras)).toContainEqual(expect.stringMatching(/^rooms\/furnishing\/garden\.ts: pieces\[0\]\.erasNote: /));
  });

  it('keeps pieces inside their room, clear of doorways, off exhibits unless standing on them, and off hotspots', () => {
    const at = (edit: (f: Record<string, any>) => void) => {
      const f = files();
      edit(f);
      return problemsOf(f);
    };
    // The kitchen's chair moved through the east wall; then into the doorway from the garden (x 32, z 14.5).
    expect(at((f) => (f['rooms/furnishing/kitchen.ts'].pieces[4].xM = 40.1))).toContainEqual(
      expect.stringMatching(/^rooms\/furnishing\/kitchen\.ts: pieces\[4\]\.xM: "kitchen-chair" does not fit inside kitchen/),
    );
    expect(at((f) => Object.assign(f['rooms/furnishing/kitchen.ts'].pieces[4], { xM: 32.6, zM: 14.3 }))).toContainEqual(
      expect.stringMatching(/^rooms\/furnishing\/kitchen\.ts: pieces\[4\]\.xM: .*doorway to garden/),
    );
    // The chair pushed under the work table; a heap lifted off it into the air; the rug over the desk's hotspot.
    expect(at((f) => (f['rooms/furnishing/kitchen.ts'].pieces[4].xM = 37.8))).toContainEqual(
      expect.stringMatching(/^rooms\/furnishing\/kitchen\.ts: pieces\[4\]\.xM: .*overlaps the model of "kitchen-table"/),
    );
    expect(at((f) => Object.assign(f['rooms/furnishing/office.ts'].pieces[0], { xM: 36, zM: 4 }))).toContainEqual(
      expect.stringMatching(/^rooms\/furnishing\/office\.ts: pieces\[0\]\.yM: .*floats/),
    );
    expect(at((f) => Object.assign(f['rooms/furnishing/office.ts'].pieces[0], { xM: 37, zM: 2.9, yM: 1.0 }))).toContainEqual(
      expect.stringMatching(/^rooms\/furnishing\/office\.ts: pieces\[0\]\.xM: .*covers the hotspot of "secretaries-desks"/),
    );
  });

  it('shows only the current era’s pieces, and none in a room the era’s house lacks', () => {
    const limited = furnishing.map((p, i) => (i === 0 ? { ...p, eras: ['1939-05' as const] } : p));
    expect(piecesOfEra(limited, eraHouses['1939-05'], '1939-05')).toHaveLength(furnishing.length);
    expect(piecesOfEra(limited, today, 'today')).toHaveLength(furnishing.length - 1);
    const inGuardsHouse = [{ ...furnishing[0], room: 'guards-house' as const }];
    expect(piecesOfEra(inGuardsHouse, eraHouses['1939-05'], '1939-05')).toEqual([]);
    expect(piecesOfEra(inGuardsHouse, today, 'today')).toHaveLength(1);
    for (const era of ERA_IDS) expect(piecesOfEra(furnishing, eraHouses[era], era).length).toBeGreaterThan(0);
  });

  it('leaves room where a caption or a guided tour stands the visitor, in every era', () => {
    const CLEAR_M = 0.15;
    const crowded: string[] = [];
    for (const era of ERA_IDS) {
      const house = eraHouses[era];
      const standing = piecesOfEra(furnishing, house, era).filter((p) => p.size.heightM > 0.05);
      const poses: [string, { xM: number; zM: number }][] = Object.keys(house.exhibits).map((id) => [`viewing ${id}`, viewingSpot(house, id)]);
      for (const tour of tours) tour.stops.forEach((stop, i) => poses.push([`${tour.id} stop ${i + 1}`, stopPoseIn(house, stop)]));
      for (const [what, pose] of poses)
        for (const piece of standing) {
          const r = pieceRectangle(piece);
          const grown = { xM: r.xM - CLEAR_M, zM: r.zM - CLEAR_M, widthM: r.widthM + 2 * CLEAR_M, depthM: r.depthM + 2 * CLEAR_M };
          if (contains(grown, pose)) crowded.push(`${era}: ${what} stands in ${piece.id}`);
        }
    }
    expect(crowded).toEqual([]);
  });

  it('builds into one small geometry with a colour per vertex', () => {
    const geometry = buildFurnishing(furnishing)!;
    const triangles = geometry.index!.count / 3;
    expect(triangles).toBeLessThan(30_000);
    expect(geometry.getAttribute('color').count).toBe(geometry.getAttribute('position').count);
    geometry.dispose();
  });

  it('darkens the floor under the floor pieces in the baked shade', () => {
    const stove = furnishing.find((p) => p.id === 'kitchen-stove')!;
    const rect = pieceRectangle(stove);
    const darkest = (extra?: ReturnType<typeof floorFootprints>) => {
      const { positions, colours } = bakeShade(today, false, extra);
      let min = 1;
      for (let i = 0; i < positions.length / 3; i++) {
        const [x, y, z] = [positions[i * 3], positions[i * 3 + 1], positions[i * 3 + 2]];
        if (Math.abs(y - LIFT_M) < 1e-4 && contains(rect, { xM: x, zM: z }, 0.1)) min = Math.min(min, colours[i * 3]);
      }
      return min;
    };
    expect(darkest(floorFootprints(furnishing))).toBeLessThan(darkest() * 0.9);
    // Rugs lie flat: no contact shade for them.
    expect([...floorFootprints(furnishing).values()].flat()).toHaveLength(furnishing.filter((p) => p.yM === 0 && p.size.heightM >= 0.05).length);
  });

  it('reaches the page only through the lazy ambience', () => {
    const importers: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts') && readFileSync(path, 'utf8').includes("from 'virtual:furnishing'")) importers.push(path);
      }
    };
    walk('src');
    expect(importers.sort()).toEqual(['src/scene/furnishing/Furnishing.tsx', 'src/scene/light/shade/Shade.tsx']);
    const ambience = readFileSync('src/scene/ambience/Ambience.tsx', 'utf8');
    expect(ambience).toContain('<Furnishing />');
    expect(readFileSync('src/scene/AfterFirstFrame.tsx', 'utf8')).toContain("lazy(() => import('./ambience/Ambience'))");
  });
});
