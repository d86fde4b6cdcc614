// The street names, painted once on one small canvas (the atlas): a strip of plain white that every colour-only
// face samples (so the surroundings need one material, not two), then one painted name a row, in the proportions
// of the signs they go on. Disposed with the surroundings.
import { CanvasTexture, SRGBColorSpace } from 'three';
import type { PlacedSign } from '../../../rooms/validate/surroundings';
import { STREET_SIGN as SIGN } from '../../plan/streetSign';
import { paintPageCanvas } from '../materials/pictureCanvas';
import type { UvRect } from './MeshArrays';

const ATLAS_WIDTH_PX = 512;
const WHITE_ROWS_PX = 16;
/** Painted plaster and lettering: cream ground, a dark blue border and letters, as a sign-writer might. */
const SIGN_STYLE = { ground: '#e8e0c8', ink: '#23345e', border: 0.08, letterHeight: 0.5 } as const;

export interface SignAtlas {
  texture: CanvasTexture | null;
  /** A point of the atlas that is plain white. */
  white: readonly [number, number];
  /** Where each sign's name is, in the order of the signs. */
  rects: UvRect[];
}

const nextPowerOfTwo = (n: number) => 2 ** Math.ceil(Math.log2(n));

export function paintSignAtlas(signs: readonly PlacedSign[]): SignAtlas {
  const rowPx = Math.round(ATLAS_WIDTH_PX * (SIGN.heightM / SIGN.widthM));
  const heightPx = nextPowerOfTwo(WHITE_ROWS_PX + signs.length * rowPx);
  const canvas = paintPageCanvas(ATLAS_WIDTH_PX, heightPx, (ctx) => {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, ATLAS_WIDTH_PX, heightPx);
    signs.forEach((sign, i) => {
      const top = WHITE_ROWS_PX + i * rowPx;
      const border = Math.round(rowPx * SIGN_STYLE.border);
      ctx.fillStyle = SIGN_STYLE.ink;
      ctx.fillRect(0, top, ATLAS_WIDTH_PX, rowPx);
      ctx.fillStyle = SIGN_STYLE.ground;
      ctx.fillRect(border, top + border, ATLAS_WIDTH_PX - 2 * border, rowPx - 2 * border);
      ctx.fillStyle = SIGN_STYLE.ink;
      ctx.font = `700 ${Math.round(rowPx * SIGN_STYLE.letterHeight)}px Georgia, 'Times New Roman', serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(sign.text, ATLAS_WIDTH_PX / 2, top + rowPx / 2, ATLAS_WIDTH_PX - 4 * border);
    });
  });
  const texture = canvas ? new CanvasTexture(canvas) : null;
  if (texture) texture.colorSpace = SRGBColorSpace;
  // Canvas rows run down from the top; the texture's v runs up from its bottom (three flips a canvas as it uploads).
  const v = (px: number) => 1 - px / heightPx;
  const inset = 0.5 / ATLAS_WIDTH_PX;
  return {
    texture,
    white: [0.5, v(WHITE_ROWS_PX / 2)],
    rects: signs.map((_, i) => [inset, v(WHITE_ROWS_PX + (i + 1) * rowPx), 1 - inset, v(WHITE_ROWS_PX + i * rowPx)] as const),
  };
}
