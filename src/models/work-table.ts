// A rustic kitchen work table: a top of three planks on thick legs, stretchers and a slatted shelf below with a
// big olla on it, and clay pots, a cazuela, a molcajete and a bowl on top. 1.6 × 0.8, 0.9 high.
import type { ModelParts, Part } from '../scene/exhibits/parts';
import { defineModel } from './kit/defineModel';
import { box, cyl, rod, span, sphere } from './kit/primitives';

export default defineModel({
  kind: 'work-table',
  size: { widthM: 1.6, depthM: 0.8, heightM: 0.9 },
  hotspotM: 1.2,
  build: workTable,
});

function workTable(): ModelParts {
  const top = 0.75;
  const plank = 0.05;
  const parts: Part[] = [];
  const planks: ['wood-mid' | 'wood-light', number][] = [
    ['wood-mid', -0.265],
    ['wood-light', 0],
    ['wood-mid', 0.265],
  ];
  for (const [surface, z] of planks) parts.push(box(surface, [1.6, plank, 0.26], [0, top - plank / 2, z]));
  for (const x of [-0.7, 0.7]) {
    for (const z of [-0.3, 0.3]) parts.push(box('wood-dark', [0.08, top - plank, 0.08], [x, (top - plank) / 2, z]));
  }
  parts.push(
    span('wood-dark', [-0.66, top - 0.14, 0.29], [0.66, top - plank, 0.32]),
    span('wood-dark', [-0.66, top - 0.14, -0.32], [0.66, top - plank, -0.29]),
    span('wood-dark', [-0.72, 0.12, -0.26], [-0.68, 0.18, 0.26]),
    span('wood-dark', [0.68, 0.12, -0.26], [0.72, 0.18, 0.26]),
  );
  for (const z of [-0.18, 0, 0.18]) parts.push(span('wood-light', [-0.68, 0.18, z - 0.07], [0.68, 0.2, z + 0.07]));

  // Under the table: a big water olla.
  parts.push(sphere('terracotta', [0.36, 0.32, 0.36], [-0.35, 0.36, 0]), cyl('terracotta', 0.16, 0.06, [-0.35, 0.54, 0]));
  // On the table.
  parts.push(
    sphere('terracotta', [0.22, 0.12, 0.22], [-0.5, top + 0.06, -0.1]),
    cyl('terracotta', 0.11, 0.03, [-0.5, top + 0.125, -0.1]),
    cyl('terracotta', 0.32, 0.08, [-0.1, top + 0.04, 0.05]),
    cyl('terracotta', 0.12, 0.13, [0.2, top + 0.065, -0.2]),
    cyl('terracotta', 0.09, 0.1, [0.33, top + 0.05, -0.22]),
    cyl('stone-dark', 0.2, 0.09, [0.45, top + 0.045, 0.12]),
    rod('stone-dark', 0.04, [0.43, top + 0.03, 0.1], [0.55, top + 0.11, 0.05]),
    cyl('ceramic', 0.16, 0.06, [0.15, top + 0.03, 0.22]),
    cyl('metal-dark', 0.34, 0.012, [0.58, top + 0.006, -0.18]),
  );
  return { parts };
}
