// The renderer for the Canvas. It asks for the WebGL2 context itself so that a browser which refuses one (WebGL
// switched off, a blocklisted GPU) ends in one clear error for SceneBoundary, instead of three's console errors
// followed by the same error.
//
// It is made in a task of its own: three's set-up asks the GPU some forty questions, each a round trip (~30 ms
// here), and R3F's Canvas would otherwise make it inside React's commit, together with its own set-up and the
// scene's first mount. R3F waits for a factory that returns a promise before it mounts the scene.
import { WebGLRenderer, type WebGLRendererParameters } from 'three';
import type { GLProps } from '@react-three/fiber';
import { pause } from '../pause';
import { startupStore } from '../startupStore';

type Defaults = Parameters<Extract<GLProps, (defaults: never) => unknown>>[0];

export class NoWebGLContextError extends Error {
  constructor() {
    super('This browser gave the 3D view no WebGL2 context.');
    this.name = 'NoWebGLContextError';
  }
}

export type RendererOptions = Omit<WebGLRendererParameters, 'canvas' | 'context'> & { dpr: [min: number, max: number] };

function makeRenderer(p: Defaults & RendererOptions): WebGLRenderer {
  // The web Canvas always hands over a DOM canvas.
  const canvas = p.canvas as HTMLCanvasElement;
  // Made at its final size, which three is then told as it is (setDrawingBufferSize). Otherwise R3F's set-up
  // resizes it twice just after (pixel ratio, then size), and each resize rebuilds the multisampled drawing
  // buffer while the page waits: 120 ms here at a phone's pixel ratio. R3F's own calls then find nothing to change.
  const box = canvas.parentElement?.getBoundingClientRect();
  const sized = box !== undefined && box.width > 0 && box.height > 0;
  const dpr = Math.min(Math.max(window.devicePixelRatio || 1, p.dpr[0]), p.dpr[1]);
  if (sized) {
    canvas.width = Math.floor(box.width * dpr);
    canvas.height = Math.floor(box.height * dpr);
  }
  // The attributes three itself would ask for (WebGLRenderer's constructor), so the context is the same.
  const context = canvas.getContext('webgl2', {
    alpha: true,
    depth: p.depth ?? true,
    stencil: p.stencil ?? false,
    antialias: p.antialias ?? false,
    premultipliedAlpha: p.premultipliedAlpha ?? true,
    preserveDrawingBuffer: p.preserveDrawingBuffer ?? false,
    powerPreference: p.powerPreference ?? 'default',
    failIfMajorPerformanceCaveat: p.failIfMajorPerformanceCaveat ?? false,
  });
  if (!context) throw new NoWebGLContextError();
  const renderer = new WebGLRenderer({ ...p, canvas, context });
  if (sized) renderer.setDrawingBufferSize(box.width, box.height, dpr);
  return renderer;
}

/**
 * A factory for the Canvas' `gl` prop: R3F's defaults, then `options`. A failure goes to `onFail` (the scene
 * throws it to SceneBoundary, which turns to the text tour); the promise then never settles, so R3F neither
 * mounts a scene without a renderer nor reports the same failure a second time.
 */
export function rendererWith(options: RendererOptions, onFail: (error: unknown) => void) {
  return async (defaults: Defaults): Promise<WebGLRenderer> => {
    await pause();
    try {
      const { dpr, ...rest } = options;
      const renderer = makeRenderer({ ...defaults, ...rest, dpr });
      startupStore.getState().stepDone('renderer');
      await pause();
      return renderer;
    } catch (error) {
      onFail(error);
      return new Promise<never>(() => {});
    }
  };
}
