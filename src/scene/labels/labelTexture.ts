// A sign's label as a texture: a rounded plate with text, in the page's own font (see paintPlate.ts). Avoids
// shipping a 3D text engine and a second copy of the font for a handful of short labels. Painted by the label
// worker where it runs, so the page never makes a 2D canvas while the 3D view starts; else painted here.
import { CanvasTexture, SRGBColorSpace, Texture } from 'three';
import { LABEL_PX_PER_M, paintPlate, plateSize, type LabelStyle } from './paintPlate';
import { paintInWorker } from './labelWorker';

export type { LabelStyle } from './paintPlate';

export interface Label {
  texture: Texture;
  widthM: number;
  heightM: number;
  /** Settles once the texture holds the label (in its web font, if that loads). */
  painted: Promise<void>;
  dispose(): void;
}

function paintOnPage(label: Label, text: string, style: LabelStyle): Promise<void> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const size = plateSize(ctx, text, label.heightM);
  canvas.width = size.widthPx;
  canvas.height = size.heightPx;
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  const redraw = () => {
    paintPlate(ctx, text, size, style);
    texture.needsUpdate = true;
  };
  redraw();
  label.texture = texture;
  label.widthM = size.widthPx / LABEL_PX_PER_M;
  // Painted at once in whatever font there is, and again once the web font has arrived.
  return (document.fonts?.load(`600 ${size.fontPx}px Inter`) ?? Promise.resolve()).then(redraw, () => {});
}

export function createLabel(text: string, heightM: number, style: LabelStyle): Label {
  let disposed = false;
  let picture: ImageBitmap | null = null;
  const label: Label = {
    texture: new Texture(),
    widthM: 0,
    heightM,
    painted: Promise.resolve(),
    dispose() {
      disposed = true;
      label.texture.dispose();
      picture?.close();
    },
  };
  label.texture.colorSpace = SRGBColorSpace;
  label.painted = paintInWorker(text, heightM, style).then((reply) => {
    if (disposed) return reply?.picture.close();
    if (!reply) return paintOnPage(label, text, style);
    picture = reply.picture;
    label.texture.image = picture;
    label.texture.flipY = false;
    label.texture.needsUpdate = true;
    label.widthM = reply.widthPx / LABEL_PX_PER_M;
  });
  return label;
}
