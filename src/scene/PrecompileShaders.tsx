// Builds the shader program of every material in the house before the first frame is drawn. Left to the first
// frame, each program's build is waited for in the middle of drawing, with the page frozen: 0.2–1.3 s under a
// software GPU here. Instead the programs are queued together and the page waits for them between tasks:
// - where the GPU can say when a program is ready (KHR_parallel_shader_compile, most hardware GPUs), it is asked;
// - where it cannot (a software GPU), the page gives it time in proportion to the programs it builds, then
//   finishes them one per task, pausing after any that still had to wait.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { Camera, Material, Scene, WebGLRenderer } from 'three';
import { gpuCaughtUp } from './gpuCaughtUp';

/** Time a software GPU takes to link one of the house's programs, measured here on a quiet machine (~40 ms), with room to spare. */
const LINK_ALLOWANCE_PER_PROGRAM_MS = 70;
/** The shortest pause between two programs: a frame's worth, so input is answered in between. */
const MIN_PAUSE_MS = 16;

/** three's program object, as its renderer keeps it per material (its public types do not name it). */
interface BuiltProgram {
  getUniforms(): unknown;
  getAttributes(): unknown;
}

function programsOf(gl: WebGLRenderer, materials: Iterable<Material>): BuiltProgram[] {
  const programs = new Set<BuiltProgram>();
  for (const m of materials) {
    const built = (gl.properties.get(m) as { currentProgram?: BuiltProgram }).currentProgram;
    if (built) programs.add(built);
  }
  return [...programs];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function buildPrograms(gl: WebGLRenderer, scene: Scene, camera: Camera, live: () => boolean): Promise<void> {
  if (gl.extensions.has('KHR_parallel_shader_compile')) return void (await gl.compileAsync(scene, camera));
  const materials = gl.compile(scene, camera) as unknown as Set<Material>;
  const programs = programsOf(gl, materials);
  await gpuCaughtUp(gl.getContext() as WebGL2RenderingContext);
  await pause(programs.length * LINK_ALLOWANCE_PER_PROGRAM_MS);
  for (const program of programs) {
    if (!live()) return;
    // Reading a program's uniforms waits for its link: how long it waited says how far behind the GPU still is.
    const startedMs = performance.now();
    program.getUniforms();
    program.getAttributes();
    await pause(Math.max(MIN_PAUSE_MS, performance.now() - startedMs));
  }
}

export function PrecompileShaders({ onCompiled }: { onCompiled(): void }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    let live = true;
    void buildPrograms(gl, scene, camera, () => live).then(() => live && onCompiled());
    return () => {
      live = false;
    };
  }, [gl, scene, camera, onCompiled]);
  return null;
}
