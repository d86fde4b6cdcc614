// The look of a hotspot, shared by all: a soft dot in a ring, and a brighter one under the pointer or focus.
// Worked out pixel by pixel rather than drawn on a 2D canvas: the page's first 2D canvas makes the browser set up a
// GPU context for canvases, a wait of 40–60 ms on a busy GPU traced here while the 3D view starts.
import { CircleGeometry, DataTexture, LinearFilter, LinearMipmapLinearFilter, MeshBasicMaterial, SRGBColorSpace } from 'three';
import { srgbBytes } from './materials/srgbBytes';

const TEXTURE_PX = 128;
/** The dark halo that keeps a pale dot visible against a pale wall, as straight (not premultiplied) RGBA. */
const HALO_RGBA = [35, 31, 27, 0.35] as const;
/** The ring's width, as a share of the dot's width. */
const RING_WIDTH = 0.08;

type Rgba = readonly [number, number, number, number];

const opaque = (hex: string): Rgba => [...srgbBytes(hex), 1];

/** How much of a pixel at `d` from the centre a disc of radius `r` covers, with a one-pixel soft edge. */
const cover = (r: number, d: number) => Math.min(1, Math.max(0, r - d + 0.5));

/** One layer over another, in straight alpha. */
function over(dst: [number, number, number, number], src: Rgba, coverage: number): void {
  const a = src[3] * coverage;
  if (a <= 0) return;
  const outA = a + dst[3] * (1 - a);
  for (let i = 0; i < 3; i++) dst[i] = (src[i] * a + dst[i] * dst[3] * (1 - a)) / outA;
  dst[3] = outA;
}

/** Steps per pixel of the radial profile: finer than the eye can tell apart at the soft edges. */
const PROFILE_STEPS_PER_PX = 8;

/** The dot's pixels: a halo, a ring and a centre, each antialiased at its edge. The dot is round, so its colour
 *  is worked out once per distance from the centre (a profile) and every pixel looks its distance up. Exported
 *  for its test. */
export function dotPixels(sizePx: number, fill: string, ring: string): Uint8Array {
  const c = sizePx / 2;
  const fillRgba = opaque(fill);
  const ringRgba = opaque(ring);
  const ringRadius = c * 0.78;
  const steps = Math.ceil(c * Math.SQRT2 * PROFILE_STEPS_PER_PX) + 1;
  const profile = new Uint8Array(steps * 4);
  const px: [number, number, number, number] = [0, 0, 0, 0];
  for (let k = 0; k < steps; k++) {
    const d = k / PROFILE_STEPS_PER_PX;
    px.fill(0);
    over(px, HALO_RGBA, cover(c - 2, d));
    over(px, ringRgba, cover((sizePx * RING_WIDTH) / 2, Math.abs(d - ringRadius)));
    over(px, fillRgba, cover(c * 0.38, d));
    profile.set([Math.round(px[0]), Math.round(px[1]), Math.round(px[2]), Math.round(px[3] * 255)], k * 4);
  }
  const pixels = new Uint8Array(sizePx * sizePx * 4);
  for (let y = 0; y < sizePx; y++) {
    for (let x = 0; x < sizePx; x++) {
      const dx = x + 0.5 - c;
      const dy = y + 0.5 - c;
      const from = Math.round(Math.sqrt(dx * dx + dy * dy) * PROFILE_STEPS_PER_PX) * 4;
      const to = (y * sizePx + x) * 4;
      for (let i = 0; i < 4; i++) pixels[to + i] = profile[from + i];
    }
  }
  return pixels;
}

function dotTexture(fill: string, ring: string): DataTexture {
  const texture = new DataTexture(dotPixels(TEXTURE_PX, fill, ring), TEXTURE_PX, TEXTURE_PX);
  texture.colorSpace = SRGBColorSpace;
  // A DataTexture is sampled nearest and without mipmaps unless told; the dot is seen small and from afar.
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.generateMipmaps = true;
  texture.needsUpdate = true;
  return texture;
}

let look: { geometry: CircleGeometry; normal: MeshBasicMaterial; highlighted: MeshBasicMaterial } | null = null;

/** Made on first use and kept for the life of the page: every room's hotspots share them. */
export function hotspotLook() {
  look ??= {
    geometry: new CircleGeometry(0.5, 24),
    // Hotspots show through furniture so none is lost behind a desk; they are drawn last.
    normal: new MeshBasicMaterial({ map: dotTexture('#fbf6ea', '#fbf6ea'), transparent: true, depthTest: false, toneMapped: false }),
    highlighted: new MeshBasicMaterial({ map: dotTexture('#f2c14e', '#f2c14e'), transparent: true, depthTest: false, toneMapped: false }),
  };
  return look;
}
