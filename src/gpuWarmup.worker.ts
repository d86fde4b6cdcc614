// Wakes the browser's GPU side off the main thread. The first WebGL context a page makes waits for the GPU
// process (with a software renderer, for it to start up): 0.4–0.9 s measured here, all of it blocking the thread
// that asks. Asked for here first, the wait falls on this worker; the 3D view makes its own context once this
// one exists and finds the GPU side running (tens of milliseconds instead). The context lives until the page
// ends this worker (see endGpuWarmup).
const context = new OffscreenCanvas(1, 1).getContext('webgl2');
self.postMessage(context !== null);
