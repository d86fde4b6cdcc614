import { describe, expect, it } from 'vitest';
import { dotPixels } from '../../src/scene/hotspotLook';

const SIZE_PX = 128;
const at = (pixels: Uint8Array, x: number, y: number) => [...pixels.slice((y * SIZE_PX + x) * 4, (y * SIZE_PX + x) * 4 + 4)];

describe('the hotspot dot', () => {
  const pixels = dotPixels(SIZE_PX, '#f2c14e', '#fbf6ea');

  it('has an opaque centre in the fill colour and a ring in the ring colour', () => {
    expect(at(pixels, 64, 64)).toEqual([0xf2, 0xc1, 0x4e, 255]);
    // The ring sits at 78 % of the radius: 64 + 0.78 × 64 ≈ 114.
    expect(at(pixels, 114, 64)).toEqual([0xfb, 0xf6, 0xea, 255]);
  });

  it('lays a faint dark halo between ring and centre, and nothing in the corners', () => {
    const [r, g, b, a] = at(pixels, 96, 64);
    expect([r, g, b]).toEqual([35, 31, 27]);
    expect(a).toBeGreaterThan(70);
    expect(a).toBeLessThan(110);
    expect(at(pixels, 0, 0)[3]).toBe(0);
    expect(at(pixels, 127, 127)[3]).toBe(0);
  });

  it('is round: the same at the same distance in every direction', () => {
    expect(at(pixels, 64, 20)).toEqual(at(pixels, 20, 64));
    expect(at(pixels, 64, 107)).toEqual(at(pixels, 107, 64));
  });
});
