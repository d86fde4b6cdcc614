// The overview's own materials, made on first use and kept for the page's life (the overview opens again and again).
// Each is a basic material with a map, like the labels' and the hotspots': the GPU program those already use serves
// these too, so opening the overview builds no new one (renderer.info.programs: 6 before opening, 6 after opening and
// hovering a room; the arrow without normals had made a seventh). The map is one white pixel; the colour does the
// rest.
import { DataTexture, MeshBasicMaterial, SRGBColorSpace } from 'three';

const HOVER_TINT = '#f2c14e';
const HOVER_OPACITY = 0.45;
const VISITOR_INK = '#c8102e';
const VISITOR_HALO = '#fbf6ea';

let look: { tint: MeshBasicMaterial; visitor: MeshBasicMaterial; halo: MeshBasicMaterial } | null = null;

export function overviewLook() {
  if (look) return look;
  const white = new DataTexture(new Uint8Array([255, 255, 255, 255]), 1, 1);
  white.colorSpace = SRGBColorSpace;
  white.needsUpdate = true;
  const basic = (color: string, opacity: number, onTop: boolean) =>
    new MeshBasicMaterial({ map: white, color, transparent: true, opacity, depthTest: !onTop, depthWrite: false, toneMapped: false });
  look = {
    // Under the walls: a wall in front of the floor hides its tint.
    tint: basic(HOVER_TINT, HOVER_OPACITY, false),
    // The visitor shows through the walls, like the hotspots through furniture.
    visitor: basic(VISITOR_INK, 1, true),
    halo: basic(VISITOR_HALO, 0.9, true),
  };
  return look;
}
