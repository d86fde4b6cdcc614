import { readdirSync } from 'node:fs';
import { Box3, Euler, Matrix4, Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { ExhibitModelSchema } from '../../rooms/schema';
import { MODEL_KINDS, modelOf } from '../../src/models/registry';
import type { ModelParts, Part } from '../../src/scene/exhibits/parts';

const TOLERANCE = 0.02;
const KINDS = [...MODEL_KINDS];
/** The files of src/models that are not kinds: the registry itself and the colours. */
const NOT_KINDS = ['registry.ts', 'palette.ts'];

/** The axis-aligned box around a part: the corners of its size box, turned. Conservative for round shapes. */
function boundsOf(size: [number, number, number], at: [number, number, number], rotation?: [number, number, number]): Box3 {
  const m = new Matrix4().compose(
    new Vector3(...at),
    new Quaternion().setFromEuler(new Euler(...(rotation ?? [0, 0, 0]), 'XYZ')),
    new Vector3(1, 1, 1),
  );
  const b = new Box3();
  for (const sx of [-0.5, 0.5])
    for (const sy of [-0.5, 0.5])
      for (const sz of [-0.5, 0.5]) b.expandByPoint(new Vector3(sx * size[0], sy * size[1], sz * size[2]).applyMatrix4(m));
  return b;
}

function allBoxes(model: ModelParts): { label: string; size: number[]; bounds: Box3 }[] {
  const out = model.parts.map((p: Part, i) => ({
    label: `part ${i} (${p.shape}, ${p.surface})`,
    size: p.size,
    bounds: boundsOf(p.size, p.at, p.rotation),
  }));
  for (const [j, inst] of (model.instanced ?? []).entries())
    for (const [i, at] of inst.at.entries())
      out.push({ label: `instance ${j}.${i}`, size: inst.size, bounds: boundsOf(inst.size, at) });
  return out;
}

const built = new Map(KINDS.map((k) => [k, modelOf(k).build()]));

describe('exhibit models', () => {
  it('has a builder for every kind but the marker', () => {
    expect(ExhibitModelSchema.options.filter((k) => k !== 'marker').sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) expect(typeof modelOf(kind).build, kind).toBe('function');
  });

  it('finds one kind per file of src/models, each named as its file', () => {
    const files = readdirSync(new URL('../../src/models/', import.meta.url)).filter((f) => f.endsWith('.ts') && !NOT_KINDS.includes(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) expect(modelOf(kind).kind).toBe(kind);
    expect(KINDS).toHaveLength(32);
  });

  it.each(KINDS)('%s: parts have positive finite sizes and finite positions', (kind) => {
    const model = built.get(kind)!;
    expect(model.parts.length).toBeGreaterThan(0);
    for (const p of model.parts) {
      for (const s of p.size) expect(s).toBeGreaterThan(0);
      for (const v of [...p.at, ...(p.rotation ?? [])]) expect(Number.isFinite(v)).toBe(true);
    }
    for (const inst of model.instanced ?? []) {
      for (const s of inst.size) expect(s).toBeGreaterThan(0);
      for (const at of inst.at) for (const v of at) expect(Number.isFinite(v)).toBe(true);
    }
  });

  it.each(KINDS)('%s: stays inside its true size and fills it', (kind) => {
    const { widthM: w, depthM: d, heightM: h } = modelOf(kind).size;
    const limit = new Box3(new Vector3(-w / 2, 0, -d / 2), new Vector3(w / 2, h, d / 2)).expandByScalar(TOLERANCE);
    const whole = new Box3();
    const outside: string[] = [];
    for (const { label, bounds } of allBoxes(built.get(kind)!)) {
      const show = (v: Vector3) => v.toArray().map((n) => n.toFixed(3));
      if (!limit.containsBox(bounds)) outside.push(`${label}: ${show(bounds.min)} .. ${show(bounds.max)}`);
      whole.union(bounds);
    }
    expect(outside).toEqual([]);
    const filled = whole.getSize(new Vector3());
    expect(filled.x, 'width filled').toBeGreaterThanOrEqual(0.8 * w);
    expect(filled.y, 'height filled').toBeGreaterThanOrEqual(0.8 * h);
    expect(filled.z, 'depth filled').toBeGreaterThanOrEqual(0.8 * d);
  });

  it('builds the same model every time', () => {
    for (const kind of KINDS) expect(modelOf(kind).build()).toEqual(built.get(kind));
  });

  it('keeps the part count modest', () => {
    let total = 0;
    for (const model of built.values()) total += model.parts.length;
    expect(total).toBeLessThan(1500);
  });

  it('shelves exactly 86 encyclopedia volumes as one instanced entry', () => {
    const instanced = built.get('encyclopedia-bookcase')!.instanced ?? [];
    expect(instanced).toHaveLength(1);
    expect(instanced[0].at).toHaveLength(86);
    expect(['book-brown', 'book-red']).toContain(instanced[0].surface);
  });

  it('scatters 30–50 bullet holes', () => {
    const holes = built.get('bullet-holes')!.parts.filter((p) => p.surface === 'black');
    expect(holes.length).toBeGreaterThanOrEqual(30);
    expect(holes.length).toBeLessThanOrEqual(50);
  });
});
