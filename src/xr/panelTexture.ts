// Paints a panel for reading in a headset: an optional kicker line (a tour's name and stop), a title, the text
// wrapped to the panel's width, and small lines under it (a caption's sources, a tour's controller buttons).
import { CanvasTexture, SRGBColorSpace } from 'three';

const WIDTH_PX = 1024;
const PAD_PX = 56;
const KICKER_PX = 30;
const TITLE_PX = 54;
const BODY_PX = 36;
const SMALL_PX = 28;
const LINE = 1.35;
const GAP_PX = 20;
const FONT = 'Inter, system-ui, sans-serif';

export interface PanelText {
  /** Above the title, small and muted: what the panel belongs to. */
  kicker?: string;
  title: string;
  body: string;
  /** Each its own paragraph, small, under the body. */
  footer: string | readonly string[];
}

interface Block {
  lines: string[];
  px: number;
  weight: number;
  colour: string;
  /** Space before the block. */
  gapPx: number;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export function paintPanel({ kicker, title, body, footer }: PanelText): { texture: CanvasTexture; aspect: number } {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  // Lines are measured a little short: the page's Inter may still be loading when a panel is painted, and a line
  // measured in the fallback face runs wider once drawn in Inter.
  const inner = (WIDTH_PX - 2 * PAD_PX) * 0.92;
  const block = (text: string, px: number, weight: number, colour: string, gapPx: number): Block => {
    ctx.font = `${weight} ${px}px ${FONT}`;
    return { lines: wrap(ctx, text, inner), px, weight, colour, gapPx };
  };
  const blocks: Block[] = [];
  if (kicker) blocks.push(block(kicker, KICKER_PX, 600, '#5f554b', 0));
  blocks.push(block(title, TITLE_PX, 600, '#9c2f22', kicker ? GAP_PX / 2 : 0));
  blocks.push(block(body, BODY_PX, 400, '#231f1b', GAP_PX));
  for (const line of typeof footer === 'string' ? [footer] : footer) blocks.push(block(line, SMALL_PX, 400, '#5f554b', GAP_PX));
  const height = Math.ceil(2 * PAD_PX + blocks.reduce((sum, b) => sum + b.gapPx + b.lines.length * b.px * LINE, 0));
  canvas.width = WIDTH_PX;
  canvas.height = height;
  ctx.fillStyle = '#f7f2e8';
  ctx.beginPath();
  ctx.roundRect(0, 0, WIDTH_PX, height, 28);
  ctx.fill();
  let y = PAD_PX;
  ctx.textBaseline = 'top';
  for (const b of blocks) {
    y += b.gapPx;
    ctx.font = `${b.weight} ${b.px}px ${FONT}`;
    ctx.fillStyle = b.colour;
    for (const l of b.lines) {
      ctx.fillText(l, PAD_PX, y);
      y += b.px * LINE;
    }
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return { texture, aspect: WIDTH_PX / height };
}
