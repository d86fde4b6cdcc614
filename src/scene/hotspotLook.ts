// The look of a hotspot, shared by all: a soft dot in a ring, and a brighter one under the pointer or focus.
import { CanvasTexture, CircleGeometry, MeshBasicMaterial, SRGBColorSpace } from 'three';

const TEXTURE_PX = 128;

function paintDot(fill: string, ring: string): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = TEXTURE_PX;
  const ctx = canvas.getContext('2d')!;
  const c = TEXTURE_PX / 2;
  ctx.fillStyle = 'rgba(35,31,27,0.35)';
  ctx.beginPath();
  ctx.arc(c, c, c - 2, 0, Math.PI * 2);
  ctx.fill();
  ctx.lineWidth = TEXTURE_PX * 0.08;
  ctx.strokeStyle = ring;
  ctx.beginPath();
  ctx.arc(c, c, c * 0.78, 0, Math.PI * 2);
  ctx.stroke();
  ctx.fillStyle = fill;
  ctx.beginPath();
  ctx.arc(c, c, c * 0.38, 0, Math.PI * 2);
  ctx.fill();
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}

let look: { geometry: CircleGeometry; normal: MeshBasicMaterial; highlighted: MeshBasicMaterial } | null = null;

/** Made on first use and kept for the life of the page: every room's hotspots share them. */
export function hotspotLook() {
  look ??= {
    geometry: new CircleGeometry(0.5, 24),
    // Hotspots show through furniture so none is lost behind a desk; they are drawn last.
    normal: new MeshBasicMaterial({ map: paintDot('#fbf6ea', '#fbf6ea'), transparent: true, depthTest: false, toneMapped: false }),
    highlighted: new MeshBasicMaterial({ map: paintDot('#f2c14e', '#f2c14e'), transparent: true, depthTest: false, toneMapped: false }),
  };
  return look;
}
