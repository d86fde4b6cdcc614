// Paints labels away from the page. A 2D canvas on the page makes the browser set up a GPU context for canvases
// first, which waits on the GPU process: 30–60 ms of blocked main thread traced here while the 3D view starts,
// when the doorway signs are painted. Here that wait, and the font's loading, fall on this worker.
import fontUrl from '../../../assets/fonts/inter-latin-600-normal.woff2?url';
import { paintPlate, plateSize, type LabelStyle } from './paintPlate';

export interface LabelRequest {
  id: number;
  text: string;
  heightM: number;
  style: LabelStyle;
}

export interface LabelReply {
  id: number;
  picture: ImageBitmap | null;
  widthPx: number;
}

/** A font that never loads must not hold the signs back: they are painted in the fallback font instead. */
const FONT_WAIT_LIMIT_MS = 3000;

const fonts = (self as unknown as { fonts?: FontFaceSet }).fonts;
const fontReady: Promise<unknown> = fonts
  ? Promise.race([
      new FontFace('Inter', `url(${fontUrl})`, { weight: '600' }).load().then((face) => fonts.add(face)),
      new Promise((resolve) => setTimeout(resolve, FONT_WAIT_LIMIT_MS)),
    ]).catch(() => {})
  : Promise.resolve();

/** One small canvas to measure every label's text on. */
const measure = new OffscreenCanvas(1, 1).getContext('2d');

function paint({ id, text, heightM, style }: LabelRequest): LabelReply {
  if (!measure) return { id, picture: null, widthPx: 0 };
  const size = plateSize(measure, text, heightM);
  const canvas = new OffscreenCanvas(size.widthPx, size.heightPx);
  // Kept in memory, not on the GPU: the page uploads it to its own context.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return { id, picture: null, widthPx: 0 };
  // Painted upside down: an ImageBitmap goes to the GPU as it is (flipY does not apply to it).
  ctx.setTransform(1, 0, 0, -1, 0, size.heightPx);
  paintPlate(ctx, text, size, style);
  return { id, picture: canvas.transferToImageBitmap(), widthPx: size.widthPx };
}

self.addEventListener('message', (e: MessageEvent<LabelRequest>) => {
  void fontReady.then(() => {
    const reply = paint(e.data);
    self.postMessage(reply, { transfer: reply.picture ? [reply.picture] : [] });
  });
});
