// How a label looks, painted the same wherever it is painted (the label worker, or the page where there is none):
// a rounded plate with a line of text in the page's own font.
import type { Context2D, PaintOn } from '../materials/pictureCanvas';

export const LABEL_PX_PER_M = 512;
/** The labels' web font, as the label worker loads it and the page waits for it. */
export const LABEL_FONT_FAMILY = 'Inter';
export const LABEL_FONT_WEIGHT = '600';
export const labelFont = (px: number) => `${LABEL_FONT_WEIGHT} ${px}px ${LABEL_FONT_FAMILY}, system-ui, sans-serif`;

export interface LabelStyle {
  plate: string;
  ink: string;
}

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

/** The one way a label is painted: sized on `measure`, then a picture made where `paintOn` paints, plate and text. */
export function paintLabel<Picture>(paintOn: PaintOn<Picture>, measure: Context2D, text: string, heightM: number, style: LabelStyle) {
  const size = plateSize(measure, text, heightM);
  return { size, picture: paintOn(size.widthPx, size.heightPx, (ctx) => paintPlate(ctx, text, size, style)) };
}
