// The other eras' houses, fetched when a visitor first asks for an era: unpacked as the shipped house is, and the
// asked-for era's meshes built before the store swaps houses, so the swap is one frame (no blank view).
import content from 'virtual:era-houses';
import type { House } from '../../rooms/validate';
import type { ErasKit } from '../state/tourStore';
import { unpackHouse } from './packedHouse';
import { houseMeshes } from '../startup/meshes/houseMeshes';

export async function loadErasKit(today: House, defaultEra: string, first: string | null): Promise<ErasKit> {
  const houses: Record<string, House> = { [defaultEra]: today };
  for (const [id, packed] of Object.entries(content.houses)) if (packed) houses[id] = unpackHouse(packed);
  if (first && houses[first]) await houseMeshes(houses[first]);
  return { houses, changes: content.changes };
}
