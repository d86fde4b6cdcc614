// Mexico City daylight: a warm sun high in the south-west, a clear sky, and warm ground bounce below. The sky is
// a painted gradient behind everything: a per-pixel atmosphere shader costs too much on modest phones.
import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';

const SUN_DIRECTION: [number, number, number] = [-0.45, 0.8, 0.4];
const SKY_STOPS: [number, string][] = [
  [0, '#6f9fd0'],
  [0.55, '#a9c8e6'],
  [1, '#e6eef2'],
];

function skyGradient(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = 2;
  canvas.height = 256;
  const ctx = canvas.getContext('2d')!;
  const g = ctx.createLinearGradient(0, 0, 0, 256);
  for (const [at, colour] of SKY_STOPS) g.addColorStop(at, colour);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, 2, 256);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
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
