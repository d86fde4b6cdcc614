export interface GlResourceCount {
  created: number;
  deleted: number;
  live: number;
}
export type GlResourceCounts = Record<
  'buffers' | 'textures' | 'programs' | 'shaders' | 'vertexArrays' | 'framebuffers' | 'renderbuffers',
  GlResourceCount
> & { bytes: Record<'texturesMB' | 'depthTexturesMB' | 'buffersMB' | 'renderbuffersMB', number> };
export function installGlResourceCounter(): void;
