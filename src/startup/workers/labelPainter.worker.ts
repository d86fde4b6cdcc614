// Paints labels away from the page. A 2D canvas on the page makes the browser set up a GPU context for canvases
// first, which waits on the GPU process: 30–60 ms of blocked main thread traced under Lighthouse while the 3D view
// starts, when the doorway signs are painted. Here that wait, and the font's loading, fall on this worker.
import fontUrl from '../../../assets/fonts/inter-latin-600-normal.woff2?url';
import { LABEL_FONT_FAMILY, LABEL_FONT_WEIGHT, paintLabel, type LabelStyle } from '../../scene/labels/paintPlate';
import { paintBitmap } from '../../scene/materials/pictureCanvas';
import { answerRequests } from './answerRequests';

export interface LabelRequest {
  text: string;
  heightM: number;
  style: LabelStyle;
}

/** No picture where this worker cannot paint (the page paints the label instead). */
export type LabelReply = { picture: ImageBitmap; widthPx: number } | null;

/** A font that never loads must not hold the signs back: they are painted in the fallback font instead. */
const FONT_WAIT_LIMIT_MS = 3000;

const fonts = (self as unknown as { fonts?: FontFaceSet }).fonts;
const fontReady: Promise<unknown> = fonts
  ? Promise.race([
      new FontFace(LABEL_FONT_FAMILY, `url(${fontUrl})`, { weight: LABEL_FONT_WEIGHT }).load().then((face) => fonts.add(face)),
      new Promise((resolve) => setTimeout(resolve, FONT_WAIT_LIMIT_MS)),
    ]).catch(() => {})
  : Promise.resolve();

/** One small canvas to measure every label's text on. */
const measure = new OffscreenCanvas(1, 1).getContext('2d');

function paint({ text, heightM, style }: LabelRequest): LabelReply {
  if (!measure) return null;
  const { size, picture } = paintLabel(paintBitmap, measure, text, heightM, style);
  return picture && { picture, widthPx: size.widthPx };
}

answerRequests<LabelRequest, LabelReply>(
  (request) => fontReady.then(() => paint(request)),
  (reply) => (reply ? [reply.picture] : []),
);
