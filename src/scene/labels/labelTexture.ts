// A sign's label as a texture: a rounded plate with text, in the page's own font (see paintPlate.ts). Avoids
// shipping a 3D text engine and a second copy of the font for a handful of short labels. Painted by the label
// worker where it runs, so the page never makes a 2D canvas while the 3D view starts; else painted here.
import { CanvasTexture, SRGBColorSpace, Texture } from 'three';
import { LABEL_PX_PER_M, labelFont, paintLabel, paintPlate, type LabelStyle } from './paintPlate';
import { paintPageCanvas } from '../materials/pictureCanvas';
import { paintInWorker } from '../../startup/workers/labelWorker';

export type { LabelStyle } from './paintPlate';

export interface Label {
  texture: Texture;
  widthM: number;
  heightM: number;
  /** Settles once the texture holds the label (in its web font, if that loads). */
  painted: Promise<void>;
  dispose(): void;
}

/** Measured on a page canvas of its own, made only where labels are painted on the page. */
let pageMeasure: CanvasRenderingContext2D | null = null;

function paintOnPage(label: Label, text: string, style: LabelStyle): Promise<void> {
  pageMeasure ??= document.createElement('canvas').getContext('2d')!;
  const { size, picture } = paintLabel(paintPageCanvas, pageMeasure, text, label.heightM, style);
  const canvas = picture!;
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  label.texture = texture;
  label.widthM = size.widthPx / LABEL_PX_PER_M;
  const repaint = () => {
    paintPlate(canvas.getContext('2d')!, text, size, style);
    texture.needsUpdate = true;
  };
  // Painted at once in whatever font there is, and again once the web font has arrived.
  return (document.fonts?.load(labelFont(size.fontPx)) ?? Promise.resolve()).then(repaint, () => {});
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
