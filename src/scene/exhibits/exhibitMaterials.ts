// One flat-coloured material per exhibit surface (models/palette.ts), made once and shared by every model that uses it.
import { MeshLambertMaterial } from 'three';
import { PALETTE, type ExhibitSurface } from '../../models/palette';

export function createExhibitMaterials(): { materials: Record<ExhibitSurface, MeshLambertMaterial>; dispose(): void } {
  const materials = Object.fromEntries(
    Object.entries(PALETTE).map(([surface, colour]) => [surface, new MeshLambertMaterial({ color: colour })]),
  ) as Record<ExhibitSurface, MeshLambertMaterial>;
  materials.glass.transparent = true;
  materials.glass.opacity = 0.55;
  return { materials, dispose: () => Object.values(materials).forEach((m) => m.dispose()) };
}
