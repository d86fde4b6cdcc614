// Small textures painted in code (no image downloads): each is a tile of a real size in metres, repeated by the
// world-metre UVs the geometry carries. A seeded random keeps every run, and every screenshot, the same. Plain
// specs without three, so the mesh worker can paint them (startup/workers/houseMeshes.worker.ts) as well as the page.
import type { Context2D, PaintOn } from './pictureCanvas';
import { seededRandom } from '../../util/seededRandom';

export const TEXTURE_PX = 256;

type Painter = (ctx: Context2D, px: number, random: () => number) => void;

export interface TextureSpec {
  /** The same key, the same picture: textures painted once and shared. */
  key: string;
  /** The real size of one tile, in metres. */
  tileM: number;
  paint(ctx: Context2D, px: number): void;
}

function paint(key: string, tileM: number, seed: number, painter: Painter): TextureSpec {
  return { key, tileM, paint: (ctx, px) => painter(ctx, px, seededRandom(seed)) };
}

/** The one way a texture is painted, in the mesh worker (paintBitmap) or on the page (paintPageCanvas). */
export const paintTexture = <Picture>(spec: TextureSpec, paintOn: PaintOn<Picture>) =>
  paintOn(TEXTURE_PX, TEXTURE_PX, (ctx) => spec.paint(ctx, TEXTURE_PX));

/** Speckles of lighter and darker tone over a base colour: plaster, earth, grass. */
function speckle(ctx: Context2D, px: number, random: () => number, base: string, spread: number, count: number) {
  ctx.fillStyle = base;
  ctx.fillRect(0, 0, px, px);
  for (let i = 0; i < count; i++) {
    const light = random() > 0.5;
    ctx.fillStyle = light ? `rgba(255,255,255,${random() * spread})` : `rgba(0,0,0,${random() * spread})`;
    const r = 1 + random() * 3;
    ctx.fillRect(random() * px, random() * px, r, r);
  }
}

export const textures = {
  plaster: (base: string) => paint(`plaster ${base}`, 1.5, 11, (ctx, px, rnd) => speckle(ctx, px, rnd, base, 0.07, 1200)),
  grass: () =>
    paint('grass', 2, 23, (ctx, px, rnd) => {
      speckle(ctx, px, rnd, '#6f8f46', 0.18, 2000);
      for (let i = 0; i < 500; i++) {
        ctx.strokeStyle = rnd() > 0.5 ? 'rgba(150,180,90,0.5)' : 'rgba(60,90,40,0.5)';
        const x = rnd() * px;
        const y = rnd() * px;
        ctx.beginPath();
        ctx.moveTo(x, y);
        ctx.lineTo(x + (rnd() - 0.5) * 4, y - 4 - rnd() * 5);
        ctx.stroke();
      }
    }),
  earth: () => paint('earth', 1.2, 31, (ctx, px, rnd) => speckle(ctx, px, rnd, '#b89a74', 0.2, 1500)),
  wood: (base: string) =>
    paint(`wood ${base}`, 1.2, 41, (ctx, px, rnd) => {
      // Boards 0.15 m wide running one way, with grain and staggered joints.
      const boards = 8;
      const w = px / boards;
      for (let i = 0; i < boards; i++) {
        ctx.fillStyle = base;
        ctx.fillRect(i * w, 0, w, px);
        ctx.fillStyle = `rgba(0,0,0,${0.04 + rnd() * 0.1})`;
        ctx.fillRect(i * w, 0, w, px);
        for (let g = 0; g < 14; g++) {
          ctx.strokeStyle = `rgba(60,30,10,${0.05 + rnd() * 0.12})`;
          const gx = i * w + rnd() * w;
          ctx.beginPath();
          ctx.moveTo(gx, 0);
          ctx.bezierCurveTo(gx + 3, px / 3, gx - 3, (2 * px) / 3, gx, px);
          ctx.stroke();
        }
        ctx.fillStyle = 'rgba(40,20,5,0.55)';
        ctx.fillRect(i * w, 0, 1.5, px);
        ctx.fillRect(i * w, rnd() * px, w, 1.5);
      }
    }),
  tiles: (base: string, grout: string, tileCount: number, seed: number) =>
    paint(`tiles ${base} ${grout} ${tileCount} ${seed}`, tileCount * 0.25, seed, (ctx, px, rnd) => {
      const t = px / tileCount;
      ctx.fillStyle = grout;
      ctx.fillRect(0, 0, px, px);
      for (let i = 0; i < tileCount; i++)
        for (let j = 0; j < tileCount; j++) {
          ctx.fillStyle = base;
          ctx.fillRect(i * t + 1.5, j * t + 1.5, t - 3, t - 3);
          ctx.fillStyle = `rgba(${rnd() > 0.5 ? '255,255,255' : '0,0,0'},${rnd() * 0.1})`;
          ctx.fillRect(i * t + 1.5, j * t + 1.5, t - 3, t - 3);
        }
    }),
  cementTile: () =>
    paint('cement-tile', 0.8, 53, (ctx, px) => {
      // A simple two-colour encaustic pattern, four tiles of 0.2 m... per texture row.
      const t = px / 4;
      for (let i = 0; i < 4; i++)
        for (let j = 0; j < 4; j++) {
          ctx.fillStyle = '#d6cdb8';
          ctx.fillRect(i * t, j * t, t, t);
          ctx.fillStyle = '#a98f78';
          ctx.beginPath();
          ctx.arc(i * t + t / 2, j * t + t / 2, t * 0.32, 0, Math.PI * 2);
          ctx.fill();
          ctx.fillStyle = '#cdbfa6';
          ctx.beginPath();
          ctx.arc(i * t + t / 2, j * t + t / 2, t * 0.16, 0, Math.PI * 2);
          ctx.fill();
          ctx.strokeStyle = 'rgba(60,40,30,0.5)';
          ctx.strokeRect(i * t + 0.5, j * t + 0.5, t - 1, t - 1);
        }
    }),
  brick: () =>
    paint('brick', 0.6, 61, (ctx, px, rnd) => {
      // Bricks 0.24 × 0.06 m in running bond.
      ctx.fillStyle = '#cfc4b4';
      ctx.fillRect(0, 0, px, px);
      const rows = 10;
      const h = px / rows;
      const w = px / 2.5;
      for (let r = 0; r < rows; r++)
        for (let c = -1; c < 3; c++) {
          const x = c * w + (r % 2 ? w / 2 : 0);
          const shade = 140 + Math.floor(rnd() * 40);
          ctx.fillStyle = `rgb(${shade + 40},${shade - 50},${shade - 80})`;
          ctx.fillRect(x + 2, r * h + 2, w - 4, h - 4);
        }
    }),
  tin: () =>
    paint('tin', 0.6, 71, (ctx, px) => {
      // Corrugations: light and dark bands.
      const bands = 8;
      for (let i = 0; i < px; i++) {
        const v = 150 + Math.round(40 * Math.sin((i / px) * bands * Math.PI * 2));
        ctx.fillStyle = `rgb(${v},${v + 4},${v + 8})`;
        ctx.fillRect(i, 0, 1, px);
      }
    }),
  metal: () => paint('metal', 1, 83, (ctx, px, rnd) => speckle(ctx, px, rnd, '#4b5257', 0.12, 1500)),
  roof: () => paint('roof', 2, 97, (ctx, px, rnd) => speckle(ctx, px, rnd, '#a5826a', 0.15, 1200)),
};
