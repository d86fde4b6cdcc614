// Waiting for the GPU without blocking the page. WebGL calls only queue commands; a call that needs an answer
// (a shader's link status, its uniforms) waits for the GPU to get through the queue first. A fence lets the page
// ask "done yet?" between tasks instead, so the wait is idle time rather than a frozen tab.

const POLL_MS = 16;
/** A GPU that never signals (a lost context, a driver quirk) must not hold the view back for good. */
const LIMIT_MS = 3000;

export function gpuCaughtUp(gl: WebGL2RenderingContext): Promise<void> {
  const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  gl.flush();
  const startedMs = performance.now();
  return new Promise((resolve) => {
    const poll = () => {
      const finished =
        !sync ||
        gl.isContextLost() ||
        gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED ||
        performance.now() - startedMs > LIMIT_MS;
      if (!finished) return void setTimeout(poll, POLL_MS);
      if (sync && !gl.isContextLost()) gl.deleteSync(sync);
      resolve();
    };
    setTimeout(poll, POLL_MS);
  });
}
