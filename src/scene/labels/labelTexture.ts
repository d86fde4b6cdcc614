// Paints a sign's label on a canvas: a rounded plate with text, in the page's own font. Avoids shipping a 3D
// text engine and a second copy of the font for a handful of short labels.
import { CanvasTexture, SRGBColorSpace } from 'three';

const PX_PER_M = 512;
const FONT = (px: number) => `600 ${px}px Inter, system-ui, sans-serif`;

export interface LabelStyle {
  plate: string;
  ink: string;
}

export interface Label {
  texture: CanvasTexture;
  widthM: number;
  heightM: number;
  /** Paints again, e.g. once the web font has arrived. */
  redraw(): void;
}

export function createLabel(text: string, heightM: number, style: LabelStyle): Label {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const hPx = Math.round(heightM * PX_PER_M);
  const fontPx = Math.round(hPx * 0.5);
  const padPx = Math.round(hPx * 0.45);
  ctx.font = FONT(fontPx);
  const wPx = Math.ceil(ctx.measureText(text).width + 2 * padPx);
  canvas.width = wPx;
  canvas.height = hPx;
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  const redraw = () => {
    ctx.clearRect(0, 0, wPx, hPx);
    ctx.fillStyle = style.plate;
    ctx.beginPath();
    ctx.roundRect(0, 0, wPx, hPx, hPx / 2);
    ctx.fill();
    ctx.fillStyle = style.ink;
    ctx.font = FONT(fontPx);
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'center';
    ctx.fillText(text, wPx / 2, hPx / 2 + 1);
    texture.needsUpdate = true;
  };
  redraw();
  return { texture, widthM: wPx / PX_PER_M, heightM, redraw };
}
