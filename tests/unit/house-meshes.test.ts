// The house's meshes are built in a worker and handed to the page as typed arrays: what arrives must draw the
// same house as building it on the page would.
import { describe, expect, it } from 'vitest';
import { house } from '../../rooms';
import { buildHouse } from '../../src/scene/geometry/buildHouse';
import { buildExhibits } from '../../src/scene/exhibits/buildExhibits';
import { buildHouseMeshData, buffersOfHouse } from '../../src/scene/prepare/houseMeshData';
import { toGeometry } from '../../src/scene/prepare/meshArrays';
import { SURFACE_TEXTURES, uniqueSurfaceTextures } from '../../src/scene/materials/surfaceTextures';
import { packHouseShape, unpackHouse } from '../../src/content/packedHouse';

/** What crosses from a worker to the page: a structured clone, with the buffers moved rather than copied. */
const handedOver = <T>(data: T, transfer: ArrayBuffer[]): T => structuredClone(data, { transfer });

describe('the house built in a worker', () => {
  const data = buildHouseMeshData(house);
  const arrived = handedOver(data, buffersOfHouse(data));

  it('is the same built from the shapes alone, which the worker carries instead of the whole content', () => {
    const shape = unpackHouse(JSON.parse(JSON.stringify(packHouseShape(house))));
    expect(JSON.stringify(shape)).not.toContain('Trotsky');
    expect(buildHouseMeshData(shape)).toEqual(arrived);
  });

  it('arrives with every surface of the house, vertex for vertex', () => {
    const direct = buildHouse(house);
    expect(arrived.surfaces.map(([s]) => s).sort()).toEqual([...direct.keys()].sort());
    for (const [surface, mesh] of arrived.surfaces) {
      const g = toGeometry(mesh);
      const d = direct.get(surface)!;
      expect(g.attributes.position.array).toEqual(d.attributes.position.array);
      expect(g.attributes.uv.array).toEqual(d.attributes.uv.array);
      expect(Array.from(g.index!.array)).toEqual(Array.from(d.index!.array));
      expect(g.boundingSphere!.radius).toBeCloseTo(d.boundingSphere!.radius, 6);
    }
  });

  it('arrives with every exhibit model, and knows which exhibit each triangle belongs to', () => {
    const direct = buildExhibits(house);
    expect(arrived.exhibits.length).toBe(direct.merged.size);
    for (const [surface, mesh] of arrived.exhibits)
      expect(toGeometry(mesh).attributes.position.count).toBe(direct.merged.get(surface)!.attributes.position.count);
    expect(new Map(arrived.exhibitRanges)).toEqual(direct.ranges);
    expect(arrived.instanced.map((b) => b.matrices.length / 16)).toEqual(direct.instanced.map((b) => b.matrices.length));
    // Stored as 32-bit floats, as the GPU takes them.
    expect(Array.from(arrived.instanced[0].matrices.subarray(0, 16))).toEqual(Array.from(Float32Array.from(direct.instanced[0].matrices[0].elements)));
  });

  it('moves its buffers rather than copying them, each once', () => {
    const buffers = buffersOfHouse(buildHouseMeshData(house));
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers.length).toBeGreaterThan(10);
  });
});

describe('the painted textures', () => {
  it('are painted once per picture, however many surfaces wear one', () => {
    const keys = uniqueSurfaceTextures().map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(Object.values(SURFACE_TEXTURES).map((t) => t.key))).toEqual(new Set(keys));
    expect(keys.length).toBeLessThan(Object.keys(SURFACE_TEXTURES).length);
  });
});
