// One material per surface of the house, made once and shared by every mesh that uses it. Each wears a painted
// texture: the mesh worker's picture where it painted one (startup/workers/houseMeshes.worker.ts), else painted
// here, by the same painter.
import { CanvasTexture, DoubleSide, MeshLambertMaterial, RepeatWrapping, SRGBColorSpace, Texture } from 'three';
import type { Surface } from '../geometry/surfaces';
import { paintTexture, type TextureSpec } from './proceduralTextures';
import { SURFACE_TEXTURES } from './surfaceTextures';
import { paintPageCanvas } from './pictureCanvas';

type SurfaceMaterials = Record<Surface, MeshLambertMaterial>;

const paintHere = (spec: TextureSpec): Texture => new CanvasTexture(paintTexture(spec, paintPageCanvas)!);

/** A worker's picture is already upside down for the GPU (an ImageBitmap ignores flipY). */
function fromPicture(picture: ImageBitmap): Texture {
  const texture = new Texture(picture);
  texture.flipY = false;
  texture.needsUpdate = true;
  return texture;
}

function textureFor(spec: TextureSpec, pictures: ReadonlyMap<string, ImageBitmap>): Texture {
  const picture = pictures.get(spec.key);
  const texture = picture ? fromPicture(picture) : paintHere(spec);
  texture.wrapS = texture.wrapT = RepeatWrapping;
  texture.repeat.set(1 / spec.tileM, 1 / spec.tileM);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}

export function createSurfaceMaterials(pictures: ReadonlyMap<string, ImageBitmap> = new Map()): {
  materials: SurfaceMaterials;
  dispose: () => void;
} {
  const made = new Map<string, Texture>();
  const texture = (spec: TextureSpec) => made.get(spec.key) ?? made.set(spec.key, textureFor(spec, pictures)).get(spec.key)!;
  const materials = Object.fromEntries(
    Object.entries(SURFACE_TEXTURES).map(([surface, spec]) => [surface, new MeshLambertMaterial({ map: texture(spec) })]),
  ) as SurfaceMaterials;
  // A roof's or ceiling's plane faces away from the sun on one side only; drawn both ways into the shadow map it
  // shades the room under it (drawn back faces only, the default, a roof facing up cast nothing and a strip of sun
  // leaked in where the ceiling meets the walls).
  for (const s of ['roof', 'ceiling-plaster', 'ceiling-wood-beams', 'ceiling-tin'] as const) materials[s].shadowSide = DoubleSide;
  return {
    materials,
    dispose() {
      for (const m of Object.values(materials)) m.dispose();
      for (const t of made.values()) t.dispose();
    },
  };
}
