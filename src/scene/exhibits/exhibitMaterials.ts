// One flat-coloured material per exhibit surface, made once and shared by every model that uses it.
import { MeshLambertMaterial } from 'three';
import type { ExhibitSurface } from './parts';

const COLOURS: Record<ExhibitSurface, string> = {
  'wood-dark': '#4a2c1a',
  'wood-mid': '#7a4e2d',
  'wood-light': '#b08a5e',
  'painted-green': '#5f7f5a',
  'painted-cream': '#e6dcc4',
  'enamel-white': '#f1efe8',
  'metal-dark': '#3a3d40',
  'metal-light': '#a6abb0',
  brass: '#b8923e',
  black: '#1b1a19',
  paper: '#ece5d3',
  'fabric-red': '#8e2b24',
  'fabric-blue': '#3d5878',
  'fabric-grey': '#7d7a74',
  'fabric-white': '#efece4',
  leather: '#5b3a24',
  'book-red': '#7a2a22',
  'book-green': '#34503a',
  'book-brown': '#6b4a2a',
  'book-blue': '#2f4260',
  stone: '#a9a293',
  'stone-dark': '#6e685e',
  cactus: '#4f7a3c',
  'cactus-light': '#7ea257',
  earth: '#8a6a4a',
  straw: '#cdb572',
  wire: '#5b5f62',
  'flag-red': '#c0231b',
  ceramic: '#d8cdb8',
  terracotta: '#b45f3a',
  glass: '#9fc3c9',
  wax: '#8c6b3c',
};

export function createExhibitMaterials(): { materials: Record<ExhibitSurface, MeshLambertMaterial>; dispose(): void } {
  const materials = Object.fromEntries(
    Object.entries(COLOURS).map(([surface, colour]) => [surface, new MeshLambertMaterial({ color: colour })]),
  ) as Record<ExhibitSurface, MeshLambertMaterial>;
  materials.glass.transparent = true;
  materials.glass.opacity = 0.55;
  return { materials, dispose: () => Object.values(materials).forEach((m) => m.dispose()) };
}
