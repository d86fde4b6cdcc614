// Gets the GPU ready for the house before the first frame is drawn, in small tasks so the page stays free
// (measure `shader-precompile`; left to the first frame, all of this ran inside it, with the page frozen:
// 0.2–1.3 s under a software GPU here; without it, Lighthouse median 73 vs 96 (TBT 1.7 s vs 224 ms), 7 interleaved
// runs each):
// - every object's shader program is queued, a few objects per task;
// - the programs are then waited for between tasks: where the GPU can say when one is ready
//   (KHR_parallel_shader_compile, most hardware GPUs) it is asked; where it cannot (a software GPU), it is given
//   time in proportion to the programs it builds, and the programs are finished one per task;
// - then the painted textures are uploaded, one per task;
// - last, each object's vertices, drawn alone into one pixel, a few objects per task (with the programs and
//   textures, Lighthouse 86, 91, 92, 89, TBT 330–540 ms).
import type { Camera, Material, Object3D, Scene, Texture, WebGLRenderer } from 'three';
import { gpuCaughtUp } from './gpuCaughtUp';
import { pause } from '../pause';
import { renderUnculled } from './renderUnculled';
import type { StartupStep } from '../startupStore';

/** Time to give a GPU without KHR_parallel_shader_compile (in practice a software one, SwiftShader: hardware GPUs
 *  have the extension and never wait here) per program before asking for it: links took ~32 ms each on a quiet
 *  machine here; with no allowance the first draw after it waited 240–270 ms for them, and Lighthouse's TBT went
 *  440 → 700–1100 ms. Room to spare for a busier machine. Measure `link-allowance` (only such a GPU waits):
 *  without it, Lighthouse median 85 vs 96 (TBT 596 vs 224 ms), 7 interleaved runs each. */
const LINK_ALLOWANCE_PER_PROGRAM_MS = 70;
/** Work done before letting the page answer input again: well under one frame. */
const SLICE_MS = 8;
/** The shortest pause between two programs: a frame's worth, so input is answered in between. */
const MIN_PAUSE_MS = 16;
const READY_POLL_MS = 16;
/** A layer no object uses: the objects being uploaded, and the lights, join it while the camera sees only it. */
const UPLOAD_LAYER = 31;

/** three's program object, as its renderer keeps it per material (its public types do not name it). */
interface BuiltProgram {
  getUniforms(): unknown;
  getAttributes(): unknown;
  isReady(): boolean;
}

/** Runs `step` over `items`, yielding to the page whenever a slice of work has taken long enough. */
async function inSlices<T>(items: Iterable<T>, step: (item: T) => void, live: () => boolean): Promise<boolean> {
  let sliceStartMs = performance.now();
  for (const item of items) {
    if (!live()) return false;
    step(item);
    if (performance.now() - sliceStartMs > SLICE_MS) {
      await pause(0);
      sliceStartMs = performance.now();
    }
  }
  return live();
}

type Drawn = Object3D & { material: Material | Material[] };

function drawnObjects(scene: Scene): Drawn[] {
  const objects: Drawn[] = [];
  scene.traverseVisible((o) => {
    if ((o as Partial<Drawn>).material) objects.push(o as Drawn);
  });
  return objects;
}

function programsOf(gl: WebGLRenderer, materials: Iterable<Material>): BuiltProgram[] {
  const programs = new Set<BuiltProgram>();
  for (const m of materials) {
    const built = (gl.properties.get(m) as { currentProgram?: BuiltProgram }).currentProgram;
    if (built) programs.add(built);
  }
  return [...programs];
}

function texturesOf(materials: Iterable<Material>): Texture[] {
  const textures = new Set<Texture>();
  for (const m of materials)
    for (const value of Object.values(m)) if ((value as Texture | null)?.isTexture) textures.add(value as Texture);
  return [...textures];
}

async function waitForPrograms(gl: WebGLRenderer, programs: BuiltProgram[], live: () => boolean): Promise<void> {
  if (gl.extensions.has('KHR_parallel_shader_compile')) {
    while (live() && !programs.every((p) => p.isReady())) await pause(READY_POLL_MS);
    return;
  }
  await gpuCaughtUp(gl.getContext() as WebGL2RenderingContext);
  if (!__STARTUP_OFF__.linkAllowance) await pause(programs.length * LINK_ALLOWANCE_PER_PROGRAM_MS);
  for (const program of programs) {
    if (!live()) return;
    // Reading a program's uniforms waits for its link: how long it waited says how far behind the GPU still is.
    const startedMs = performance.now();
    program.getUniforms();
    program.getAttributes();
    await pause(Math.max(MIN_PAUSE_MS, performance.now() - startedMs));
  }
}

/**
 * Sends each object's vertices to the GPU by drawing it alone, clipped to one pixel (three uploads a geometry the
 * first time it draws it, and has no other way to ask for it). The loading screen still covers the view.
 */
async function uploadGeometry(gl: WebGLRenderer, scene: Scene, camera: Camera, objects: Object3D[], live: () => boolean): Promise<boolean> {
  const lights: Object3D[] = [];
  scene.traverse((o) => (o as Object3D & { isLight?: boolean }).isLight && lights.push(o));
  const cameraLayers = camera.layers.mask;
  const autoClear = gl.autoClear;
  const drawOne = (o: Object3D) => {
    lights.forEach((l) => l.layers.enable(UPLOAD_LAYER));
    camera.layers.set(UPLOAD_LAYER);
    o.layers.enable(UPLOAD_LAYER);
    gl.autoClear = false;
    gl.setScissorTest(true);
    gl.setScissor(0, 0, 1, 1);
    try {
      renderUnculled(gl, scene, camera, [o]);
    } finally {
      gl.setScissorTest(false);
      gl.autoClear = autoClear;
      o.layers.disable(UPLOAD_LAYER);
      camera.layers.mask = cameraLayers;
      lights.forEach((l) => l.layers.disable(UPLOAD_LAYER));
    }
  };
  return inSlices(objects, drawOne, live);
}

/** Settles once the GPU holds everything the first frame draws, or `live()` has turned false (then early). */
export async function prepareGpu(gl: WebGLRenderer, scene: Scene, camera: Camera, live: () => boolean, stepDone: (step: StartupStep) => void): Promise<void> {
  const materials = new Set<Material>();
  const objects = drawnObjects(scene);
  // Every object, not one per material: a program also depends on the object and its geometry (instancing,
  // attributes), and one left out was built in the middle of a draw after all (Lighthouse TBT 0.5 → 1.8 s).
  const compiled = await inSlices(objects, (o) => gl.compile(o, camera, scene).forEach((m) => materials.add(m)), live);
  if (!compiled) return;
  stepDone('programs');
  await waitForPrograms(gl, programsOf(gl, materials), live);
  if (live()) stepDone('links');
  // Asked once here, while the GPU is idle: asked in the first frame, it waited for the GPU to finish its uploads.
  gl.capabilities.getMaxAnisotropy();
  if (!(await inSlices(texturesOf(materials), (t) => gl.initTexture(t), live))) return;
  stepDone('textures');
  if (await uploadGeometry(gl, scene, camera, objects, live)) stepDone('vertices');
}
