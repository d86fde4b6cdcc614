// The renderer for the Canvas. It asks for the WebGL2 context itself so that a browser which refuses one (WebGL
// switched off, a blocklisted GPU) ends in one clear error for SceneBoundary, instead of three's console errors
// followed by the same error.
import { WebGLRenderer, type WebGLRendererParameters } from 'three';
import type { GLProps } from '@react-three/fiber';

type Defaults = Parameters<Extract<GLProps, (defaults: never) => unknown>>[0];

export class NoWebGLContextError extends Error {
  constructor() {
    super('This browser gave the 3D view no WebGL2 context.');
    this.name = 'NoWebGLContextError';
  }
}

/** A factory for the Canvas' `gl` prop: R3F's defaults, then `options`. */
export function rendererWith(options: Omit<WebGLRendererParameters, 'canvas' | 'context'>) {
  return (defaults: Defaults): WebGLRenderer => {
    const p = { ...defaults, ...options };
    // The web Canvas always hands over a DOM canvas.
    const canvas = p.canvas as HTMLCanvasElement;
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
    return new WebGLRenderer({ ...p, canvas, context });
  };
}
