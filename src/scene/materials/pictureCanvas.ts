// Where a picture (a surface's texture, a sign's label) is painted. Each kind of picture has one painter, given a
// 2D context (see paintTexture in proceduralTextures.ts, paintLabel in labels/paintPlate.ts); these are the two
// places it can run: a worker, which hands the page a bitmap, or the page itself, where workers are missing.

export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Makes a canvas of the given size, lets `draw` paint it, and gives back the picture (null if it got no 2D context). */
export type PaintOn<Picture> = (widthPx: number, heightPx: number, draw: (ctx: Context2D) => void) => Picture | null;

/** In a worker: an ImageBitmap, ready to hand to the page without copying. */
export const paintBitmap: PaintOn<ImageBitmap> = (widthPx, heightPx, draw) => {
  const canvas = new OffscreenCanvas(widthPx, heightPx);
  // Kept in memory, not on the GPU: painted there, it would queue ahead of the 3D view's own context.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  // Painted upside down: the page's canvases are flipped as they go to the GPU, a bitmap is not (flipY does not
  // apply to it).
  ctx.setTransform(1, 0, 0, -1, 0, heightPx);
  draw(ctx);
  return canvas.transferToImageBitmap();
};

/** On the page: a canvas of the document, which three flips as it goes to the GPU. */
export const paintPageCanvas: PaintOn<HTMLCanvasElement> = (widthPx, heightPx, draw) => {
  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = heightPx;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  draw(ctx);
  return canvas;
};
