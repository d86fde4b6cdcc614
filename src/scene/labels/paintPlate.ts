// How a label looks, painted the same wherever it is painted (the label worker, or the page where there is none):
// a rounded plate with a line of text in the page's own font.

export const LABEL_PX_PER_M = 512;
export const labelFont = (px: number) => `600 ${px}px Inter, system-ui, sans-serif`;

export interface LabelStyle {
  plate: string;
  ink: string;
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface PlateSize {
  widthPx: number;
  heightPx: number;
  fontPx: number;
}

export function plateSize(ctx: Context2D, text: string, heightM: number): PlateSize {
  const heightPx = Math.round(heightM * LABEL_PX_PER_M);
  const fontPx = Math.round(heightPx * 0.5);
  const padPx = Math.round(heightPx * 0.45);
  ctx.font = labelFont(fontPx);
  return { widthPx: Math.ceil(ctx.measureText(text).width + 2 * padPx), heightPx, fontPx };
}

export function paintPlate(ctx: Context2D, text: string, size: PlateSize, style: LabelStyle): void {
  const { widthPx, heightPx, fontPx } = size;
  ctx.clearRect(0, 0, widthPx, heightPx);
  ctx.fillStyle = style.plate;
  ctx.beginPath();
  ctx.roundRect(0, 0, widthPx, heightPx, heightPx / 2);
  ctx.fill();
  ctx.fillStyle = style.ink;
  ctx.font = labelFont(fontPx);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.fillText(text, widthPx / 2, heightPx / 2 + 1);
}
