// Mexico City daylight: a warm sun high in the south-west, a clear sky, and warm ground bounce below. The sky is
// a gradient texture behind everything: a per-pixel atmosphere shader costs too much on modest phones.
import { useEffect, useMemo } from 'react';
import { DataTexture, LinearFilter, SRGBColorSpace } from 'three';
import { srgbBytes } from './materials/srgbBytes';

const SUN_DIRECTION: [number, number, number] = [-0.45, 0.8, 0.4];
const SKY_STOPS: [number, string][] = [
  [0, '#6f9fd0'],
  [0.55, '#a9c8e6'],
  [1, '#e6eef2'],
];

const SKY_ROWS = 256;

/**
 * The sky, top to bottom, worked out here rather than painted on a canvas: the page's first 2D canvas costs
 * 50–65 ms to set up under a software GPU, and the sky was the first thing to ask for one.
 */
function skyGradient(): DataTexture {
  // The stops' sRGB bytes, mixed as they are, as a canvas gradient mixes them.
  const stops = SKY_STOPS.map(([at, hex]) => ({ at, rgb: srgbBytes(hex) }));
  const pixels = new Uint8Array(SKY_ROWS * 4);
  for (let row = 0; row < SKY_ROWS; row++) {
    const at = row / (SKY_ROWS - 1);
    const upper = Math.max(1, stops.findIndex((s) => s.at >= at));
    const from = stops[upper - 1];
    const to = stops[upper];
    const t = (at - from.at) / (to.at - from.at);
    // Row 0 is the texture's bottom: the top of the sky goes last.
    const offset = (SKY_ROWS - 1 - row) * 4;
    for (let c = 0; c < 3; c++) pixels[offset + c] = Math.round(from.rgb[c] + (to.rgb[c] - from.rgb[c]) * t);
    pixels[offset + 3] = 255;
  }
  const texture = new DataTexture(pixels, 1, SKY_ROWS);
  texture.colorSpace = SRGBColorSpace;
  texture.magFilter = texture.minFilter = LinearFilter;
  texture.needsUpdate = true;
  return texture;
}

export function Daylight() {
  const sky = useMemo(skyGradient, []);
  useEffect(() => () => sky.dispose(), [sky]);
  return (
    <>
      <primitive attach="background" object={sky} />
      <hemisphereLight args={['#dfeeff', '#a68b6b', 1.35]} />
      <directionalLight position={SUN_DIRECTION} intensity={1.6} color="#fff3df" />
      <ambientLight intensity={0.35} />
    </>
  );
}
