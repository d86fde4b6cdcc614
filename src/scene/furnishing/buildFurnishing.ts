// Turns the furnishing pieces of a house into one geometry with a colour per vertex (the palette's flat colours),
// so the whole house's furnishing is one draw call under one material. Built on the page, after the first frame,
// from the builders in src/models/furnishing (never the mesh worker's).
import { BufferAttribute, Color, Euler, Matrix4, Quaternion, Vector3, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { ShippedPiece } from '../../../rooms/schema/furnishing';
import type { Part } from '../exhibits/parts';
import { PALETTE, type ExhibitSurface } from '../../models/palette';
import { furnishingModelOf } from '../../models/furnishing/registry';
import { unitShape } from '../exhibits/unitShapes';

/** The merged geometry of the pieces (null when there are none): positions, normals, linear colours, an index. */
export function buildFurnishing(pieces: readonly ShippedPiece[]): BufferGeometry | null {
  const units = new Map<Part['shape'], BufferGeometry>();
  const unit = (shape: Part['shape']) => units.get(shape) ?? units.set(shape, unitShape(shape)).get(shape)!;
  // Colour management converts the palette's sRGB into the linear values a vertex colour is read as.
  const colours = new Map<ExhibitSurface, Color>();
  const colour = (s: ExhibitSurface) => colours.get(s) ?? colours.set(s, new Color(PALETTE[s])).get(s)!;
  const list: BufferGeometry[] = [];
  const place = new Matrix4();
  const local = new Matrix4();
  const partMatrix = new Matrix4();
  const turn = new Quaternion();
  const euler = new Euler();
  const at = new Vector3();
  const scale = new Vector3();
  for (const piece of pieces) {
    // Heading is clockwise from north (−z); a model's front is +z, so it turns by π − heading about y (as exhibits).
    place.makeRotationY(Math.PI - (piece.facingDeg * Math.PI) / 180).setPosition(piece.xM, piece.yM, piece.zM);
    for (const part of furnishingModelOf(piece.kind).build().parts) {
      partMatrix.compose(at.set(...part.at), turn.setFromEuler(euler.set(...(part.rotation ?? [0, 0, 0]))), scale.set(...part.size));
      const g = unit(part.shape).clone().applyMatrix4(local.multiplyMatrices(place, partMatrix));
      g.deleteAttribute('uv');
      const { r, g: green, b } = colour(part.surface);
      const count = g.getAttribute('position').count;
      const rgb = new Float32Array(count * 3);
      for (let i = 0; i < count; i++) rgb.set([r, green, b], i * 3);
      g.setAttribute('color', new BufferAttribute(rgb, 3));
      list.push(g);
    }
  }
  const merged = list.length ? mergeGeometries(list, false) : null;
  list.forEach((g) => g.dispose());
  units.forEach((g) => g.dispose());
  merged?.computeBoundingSphere();
  return merged;
}
