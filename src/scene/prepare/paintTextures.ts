// Paints the house's textures where there is no document (a worker), into bitmaps the page can hand straight
// to the GPU. Where OffscreenCanvas is missing it paints nothing, and the page paints them itself.
import { TEXTURE_PX, type TextureSpec } from '../materials/proceduralTextures';

export function paintTextures(specs: readonly TextureSpec[]): [string, ImageBitmap][] {
  if (typeof OffscreenCanvas === 'undefined') return [];
  const pictures: [string, ImageBitmap][] = [];
  for (const spec of specs) {
    const canvas = new OffscreenCanvas(TEXTURE_PX, TEXTURE_PX);
    // A canvas kept in memory (not on the GPU): painting it on the GPU would queue ahead of the 3D view's context.
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return [];
    // Painted upside down: the page's canvases are flipped as they go to the GPU, a bitmap is not.
    ctx.setTransform(1, 0, 0, -1, 0, TEXTURE_PX);
    spec.paint(ctx, TEXTURE_PX);
    pictures.push([spec.key, canvas.transferToImageBitmap()]);
  }
  return pictures;
}
