// A '#rrggbb' colour as its three sRGB bytes, for textures worked out pixel by pixel (the sky, the hotspot dot).
export function srgbBytes(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1, 7), 16);
  return [n >> 16, (n >> 8) & 0xff, n & 0xff];
}
