// Wakes the browser's GPU side off the main thread. The first WebGL context a page makes waits for the GPU
// process (with a software renderer, for it to start up): 0.4–0.9 s measured here, all of it blocking the thread
// that asks. Asked for here first, the wait falls on this worker; the 3D view makes its own context once this
// one exists and finds the GPU side running (tens of milliseconds instead).
const context = new OffscreenCanvas(1, 1).getContext('webgl2');
// It has done its job by existing: give its memory back at once.
context?.getExtension('WEBGL_lose_context')?.loseContext();
self.postMessage(context !== null);
