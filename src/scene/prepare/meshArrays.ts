// A geometry as plain typed arrays, so it can be built in a worker and handed to the page without copying
// (typed arrays' buffers transfer), then turned back into a three BufferGeometry there.
import { BufferAttribute, BufferGeometry, Box3, Sphere, Vector3 } from 'three';

export interface MeshArrays {
  attributes: Record<string, { array: Float32Array; itemSize: number }>;
  index: Uint16Array | Uint32Array | null;
  /** Bounds, computed where the geometry was built, so the page does not walk the vertices again. */
  box: { min: [number, number, number]; max: [number, number, number] };
  sphere: { center: [number, number, number]; radius: number };
}

export function toArrays(g: BufferGeometry): MeshArrays {
  const attributes: MeshArrays['attributes'] = {};
  for (const [name, a] of Object.entries(g.attributes)) {
    const { array, itemSize } = a as BufferAttribute;
    // An array that owns its whole buffer can be handed over as it is; any other is copied so it can be.
    const own = array instanceof Float32Array && array.byteOffset === 0 && array.byteLength === array.buffer.byteLength;
    attributes[name] = { array: own ? array : Float32Array.from(array as ArrayLike<number>), itemSize };
  }
  const idx = g.index?.array;
  const index = !idx ? null : idx instanceof Uint16Array || idx instanceof Uint32Array ? idx : Uint32Array.from(idx);
  if (!g.boundingBox) g.computeBoundingBox();
  if (!g.boundingSphere) g.computeBoundingSphere();
  const { min, max } = g.boundingBox!;
  const { center, radius } = g.boundingSphere!;
  return {
    attributes,
    index,
    box: { min: [min.x, min.y, min.z], max: [max.x, max.y, max.z] },
    sphere: { center: [center.x, center.y, center.z], radius },
  };
}

export function toGeometry(m: MeshArrays): BufferGeometry {
  const g = new BufferGeometry();
  for (const [name, { array, itemSize }] of Object.entries(m.attributes)) g.setAttribute(name, new BufferAttribute(array, itemSize));
  if (m.index) g.setIndex(new BufferAttribute(m.index, 1));
  g.boundingBox = new Box3(new Vector3(...m.box.min), new Vector3(...m.box.max));
  g.boundingSphere = new Sphere(new Vector3(...m.sphere.center), m.sphere.radius);
  return g;
}

/** The buffers to hand over with postMessage. */
export function buffersOf(meshes: Iterable<MeshArrays>, extra: ArrayBufferView[] = []): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const m of meshes) {
    for (const { array } of Object.values(m.attributes)) buffers.add(array.buffer as ArrayBuffer);
    if (m.index) buffers.add(m.index.buffer as ArrayBuffer);
  }
  for (const view of extra) buffers.add(view.buffer as ArrayBuffer);
  return [...buffers];
}
