// The big encyclopedia bookcase: four bays of six shelves. The 86 volumes of the encyclopedia run along the whole
// eye-level shelf (18 to a bay) and on into the first bay of the shelf below; every other shelf holds ordinary
// books. 3.6 × 0.4, 2.4 high.
import type { InstancedParts, ModelParts } from '../scene/exhibits/parts';
import { seededRandom } from '../util/seededRandom';
import { defineModel } from './kit/defineModel';
import { bookRow } from './kit/books';
import { bookcaseFrame, equalRows } from './kit/shelving';

export default defineModel({
  kind: 'encyclopedia-bookcase',
  size: { widthM: 3.6, depthM: 0.4, heightM: 2.4 },
  hotspotM: 1.7,
  build: encyclopediaBookcase,
});

const ENCYCLOPEDIA_VOLUMES = 86;
const VOLUME: [number, number, number] = [0.045, 0.25, 0.18];
const PITCH = 0.0465;

function encyclopediaBookcase(): ModelParts {
  const { parts, compartments } = bookcaseFrame({ width: 3.6, depth: 0.4, height: 2.4, bays: 4, rows: equalRows(2.4, 6) });
  const random = seededRandom(404);
  const volumes: InstancedParts = { shape: 'box', size: VOLUME, at: [], surface: 'book-brown' };
  // The eye-level row (3) first, then the row below it (2), each bay from left to right.
  const rank = (row: number): number => (row === 3 ? 0 : row === 2 ? 1 : 2);
  const order = [...compartments].sort((a, b) => rank(a.row) - rank(b.row) || a.row - b.row || a.bay - b.bay);
  for (const c of order) {
    const left = ENCYCLOPEDIA_VOLUMES - volumes.at.length;
    const fits = Math.floor((c.x1 - c.x0 - 0.01) / PITCH);
    const here = c.row === 3 || c.row === 2 ? Math.min(left, fits) : 0;
    for (let i = 0; i < here; i++) {
      // Every other volume stands a few millimetres further back, so the spines read one by one.
      const z = c.zFront - 0.015 - VOLUME[2] / 2 - (volumes.at.length % 2) * 0.005;
      volumes.at.push([c.x0 + 0.004 + i * PITCH + VOLUME[0] / 2, c.y + VOLUME[1] / 2, z]);
    }
    const x0 = c.x0 + (here > 0 ? 0.004 + here * PITCH : 0);
    if (c.x1 - x0 > 0.06) parts.push(...bookRow({ ...c, x0 }, random));
  }
  return { parts, instanced: [volumes] };
}
