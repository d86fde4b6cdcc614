// Paints a caption for reading in a headset: a title, the caption wrapped to the panel's width, and the source.
import { CanvasTexture, SRGBColorSpace } from 'three';

const WIDTH_PX = 1024;
const PAD_PX = 56;
const TITLE_PX = 54;
const BODY_PX = 36;
const SMALL_PX = 28;
const LINE = 1.35;

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

export function paintPanel(title: string, body: string, footer: string): { texture: CanvasTexture; aspect: number } {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  // Lines are measured a little short: the page's Inter may still be loading when a panel is painted, and a line
  // measured in the fallback face runs wider once drawn in Inter.
  const inner = (WIDTH_PX - 2 * PAD_PX) * 0.92;
  ctx.font = `600 ${TITLE_PX}px Inter, system-ui, sans-serif`;
  const titleLines = wrap(ctx, title, inner);
  ctx.font = `400 ${BODY_PX}px Inter, system-ui, sans-serif`;
  const bodyLines = wrap(ctx, body, inner);
  ctx.font = `400 ${SMALL_PX}px Inter, system-ui, sans-serif`;
  const footerLines = wrap(ctx, footer, inner);
  const height = Math.ceil(
    2 * PAD_PX + titleLines.length * TITLE_PX * LINE + 20 + bodyLines.length * BODY_PX * LINE + 20 + footerLines.length * SMALL_PX * LINE,
  );
  canvas.width = WIDTH_PX;
  canvas.height = height;
  ctx.fillStyle = '#f7f2e8';
  ctx.beginPath();
  ctx.roundRect(0, 0, WIDTH_PX, height, 28);
  ctx.fill();
  let y = PAD_PX;
  ctx.textBaseline = 'top';
  const draw = (lines: string[], px: number, weight: number, colour: string) => {
    ctx.font = `${weight} ${px}px Inter, system-ui, sans-serif`;
    ctx.fillStyle = colour;
    for (const l of lines) {
      ctx.fillText(l, PAD_PX, y);
      y += px * LINE;
    }
  };
  draw(titleLines, TITLE_PX, 600, '#9c2f22');
  y += 20;
  draw(bodyLines, BODY_PX, 400, '#231f1b');
  y += 20;
  draw(footerLines, SMALL_PX, 400, '#5f554b');
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return { texture, aspect: WIDTH_PX / height };
}
