// What one kind of exhibit model is: its name, its true size, where its hotspot floats, and how it is built.
// Each src/models/<kind>.ts default-exports one of these; registry.ts finds them.
import type { ModelParts } from '../../scene/exhibits/parts';

/** A model's true size in metres, as it stands with its front facing south (facingDeg 180): width along x, depth
 *  along z, height up. The scene builds the model to this size; validation keeps it inside its room; walking steers
 *  around it. */
export interface BodySize {
  widthM: number;
  depthM: number;
  heightM: number;
}

/** The size an exhibit carries in the validated house (a marker: all zeros), read by the page without the builders. */
export interface ModelSize extends BodySize {
  /** Height of the hotspot above the model's base, where a visitor's eye meets the object. */
  hotspotM: number;
}

export interface ModelDefinition {
  /** The name exhibits use (`model.kind`), and the file's name. */
  kind: string;
  size: BodySize;
  hotspotM: number;
  build(): ModelParts;
}

/** Types a kind's file; its builder is handed the kind's own size, so a model that fits itself to its height reads
 *  the figure declared beside it. */
export function defineModel(spec: Omit<ModelDefinition, 'build'> & { build(size: BodySize): ModelParts }): ModelDefinition {
  const { kind, size, hotspotM, build } = spec;
  return { kind, size, hotspotM, build: () => build(size) };
}
