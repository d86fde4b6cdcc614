/**
 * Whether this browser has WebGL2 at all. Cheap on purpose: creating a context just to ask costs hundreds of
 * milliseconds on a software renderer. A context that still fails to start is caught by SceneBoundary.
 */
export function hasWebGL2(): boolean {
  return typeof window !== 'undefined' && 'WebGL2RenderingContext' in window;
}
