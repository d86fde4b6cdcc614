// In-page draw counter, installed from an init script so the app needs no test hooks: wraps WebGL2's draw calls,
// rolls them up once per animation frame, and notes which room the store was in when each frame was drawn, so a
// doorway switch can be timed from the click to the first frame that shows the new room.
//
// A WebGL fence after the first frame tells when the GPU actually finished it (firstFrameGpuDoneAt): with
// SwiftShader, shader compilation happens there and can take seconds after the draw calls returned.

/** Runs in the page before any of its scripts. */
export function installDrawCounter() {
  const TRIANGLES = 0x0004;
  const TRIANGLE_STRIP = 0x0005;
  const TRIANGLE_FAN = 0x0006;
  const tris = (mode, count, instances) => {
    if (mode === TRIANGLES) return Math.floor(count / 3) * instances;
    if (mode === TRIANGLE_STRIP || mode === TRIANGLE_FAN) return Math.max(0, count - 2) * instances;
    return 0;
  };
  const b = (window.__bench = {
    calls: 0, // counters for the frame in progress
    tris: 0,
    firstDrawAt: null, // performance.now() of the very first draw call
    framesWithDraws: 0,
    lastFrame: null, // { drawCalls, triangles, at } of the last frame that drew anything
    frameTimes: null, // when an array: performance.now() of every frame that drew, pushed while recording
    loadingSeenAt: null,
    keyDownAt: null, // performance.now() of the latest ArrowRight keydown
    gl: null, // the context that drew last
    firstFrameGpuDoneAt: null, // when the GPU (SwiftShader) had finished the first frame's commands
    loadingGoneAt: null,
    frameRoom: null, // the store's room when the frame in progress made its first draw call
    frameStartAt: null, // performance.now() of that first draw call
    lastDrawAt: null, // performance.now() of the latest draw call
    // A doorway switch being timed: { to, clickAt, frameDoneAt, nextTickAt, frameDrawCalls } (see watchSwitch).
    switch: null,
    // Called with each drawn frame as it is rolled up, when set (a guided tour's move, tourMoves.mjs):
    // { startAt, doneAt, drawCalls, triangles, tickAt }.
    onFrame: null,
  });
  const roomNow = () => {
    try {
      return window.casaTrotsky?.store?.getState().roomId ?? null;
    } catch {
      return null;
    }
  };
  const count = (t) => {
    const now = performance.now();
    if (b.firstDrawAt === null) b.firstDrawAt = now;
    if (b.calls === 0) {
      b.frameRoom = roomNow();
      b.frameStartAt = now;
    }
    b.calls += 1;
    b.tris += t;
    b.lastDrawAt = now;
  };
  /** Times the next click (a "Go to …" button) to the first frame drawn with the store in room `to`. */
  b.watchSwitch = (to) => {
    b.switch = { to, clickAt: null, frameStartAt: null, frameDoneAt: null, nextTickAt: null, frameDrawCalls: null };
  };
  addEventListener(
    'click',
    (e) => {
      // The event's own timestamp: when the input arrived, before any of the app's handlers ran.
      if (b.switch && b.switch.clickAt === null) b.switch.clickAt = e.timeStamp;
    },
    { capture: true },
  );
  // Running totals per canvas: in a headset session the emulator's own panel draws with WebGL too, and only the
  // tour's canvas counts.
  const totals = new WeakMap();
  const tally = (canvas, t) => {
    let e = totals.get(canvas);
    if (!e) totals.set(canvas, (e = { drawCalls: 0, triangles: 0 }));
    e.drawCalls += 1;
    e.triangles += t;
  };
  b.totalsFor = (canvas) => ({ ...(totals.get(canvas) ?? { drawCalls: 0, triangles: 0 }) });
  const wrap = (proto, name, triangles) => {
    const orig = proto && proto[name];
    if (typeof orig !== 'function') return;
    proto[name] = function (...args) {
      const t = triangles(args);
      count(t);
      tally(this.canvas, t);
      b.gl = this;
      return orig.apply(this, args);
    };
  };
  const P = window.WebGL2RenderingContext && WebGL2RenderingContext.prototype;
  wrap(P, 'drawArrays', ([mode, , count]) => tris(mode, count, 1));
  wrap(P, 'drawElements', ([mode, count]) => tris(mode, count, 1));
  wrap(P, 'drawArraysInstanced', ([mode, , count, n]) => tris(mode, count, n));
  wrap(P, 'drawElementsInstanced', ([mode, count, , , n]) => tris(mode, count, n));
  wrap(P, 'drawRangeElements', ([mode, , , count]) => tris(mode, count, 1));
  // three's BatchedMesh draws through WEBGL_multi_draw; count one call per multi-draw, triangles for all of it.
  if (P && typeof P.getExtension === 'function') {
    const getExtension = P.getExtension;
    const sum = (arr, off, n) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += arr[off + i];
      return s;
    };
    P.getExtension = function (name) {
      const ext = getExtension.call(this, name);
      if (ext && name === 'WEBGL_multi_draw' && !ext.__benchWrapped) {
        ext.__benchWrapped = true;
        const proto = Object.getPrototypeOf(ext);
        const own = {};
        // counts: multiDrawArraysWEBGL(mode, firsts, firstsOff, counts, countsOff, drawcount)
        own.multiDrawArraysWEBGL = ([m, , , c, co, n]) => tris(m, sum(c, co, n), 1);
        // multiDrawElementsWEBGL(mode, counts, countsOff, type, offsets, offsetsOff, drawcount)
        own.multiDrawElementsWEBGL = ([m, c, co, , , , n]) => tris(m, sum(c, co, n), 1);
        for (const [fn, t] of Object.entries(own)) {
          const orig = ext[fn] || (proto && proto[fn]);
          if (typeof orig !== 'function') continue;
          ext[fn] = function (...args) {
            try {
              count(t(args));
            } catch {
              count(0);
            }
            return orig.apply(this, args);
          };
        }
      }
      return ext;
    };
  }
  // A fence after the first frame's draws tells when the GPU finished them: under SwiftShader that can be seconds
  // after the draw calls returned, and until then the browser shows nothing new. Polled, never waited on.
  const watchFirstFrameGpu = (gl) => {
    let sync;
    try {
      sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      gl.flush();
    } catch {
      return;
    }
    const poll = () => {
      try {
        if (gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED) {
          b.firstFrameGpuDoneAt = performance.now();
          gl.deleteSync(sync);
          return;
        }
      } catch {
        return;
      }
      setTimeout(poll, 5);
    };
    setTimeout(poll, 0);
  };
  // Resolves once everything sent to the GPU so far is done (used before timing the turn).
  b.gpuIdle = () =>
    new Promise((resolve) => {
      const gl = b.gl;
      if (!gl) return resolve(0);
      const t0 = performance.now();
      let sync;
      try {
        sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
        gl.flush();
      } catch {
        return resolve(0);
      }
      const poll = () => {
        if (gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED || performance.now() - t0 > 15000) {
          gl.deleteSync(sync);
          resolve(performance.now() - t0);
        } else setTimeout(poll, 5);
      };
      setTimeout(poll, 0);
    });
  let firstFrameFenced = false;
  // Roll the counters into a per-frame record once per animation frame. This loop is registered before the
  // app's, so a frame's draws are rolled up at the start of the next tick: one record per drawn frame.
  const tick = () => {
    if (b.calls > 0) {
      b.framesWithDraws += 1;
      b.lastFrame = { drawCalls: b.calls, triangles: b.tris, at: performance.now() };
      if (b.frameTimes) b.frameTimes.push(b.lastFrame.at);
      const sw = b.switch;
      if (sw && sw.clickAt !== null && sw.frameDoneAt === null && b.frameRoom === sw.to) {
        sw.frameStartAt = b.frameStartAt;
        sw.frameDoneAt = b.lastDrawAt;
        sw.nextTickAt = performance.now();
        sw.frameDrawCalls = b.calls;
      }
      if (b.onFrame) b.onFrame({ startAt: b.frameStartAt, doneAt: b.lastDrawAt, drawCalls: b.calls, triangles: b.tris, tickAt: performance.now() });
      if (!firstFrameFenced && b.gl) {
        firstFrameFenced = true;
        watchFirstFrameGpu(b.gl);
      }
    }
    b.calls = 0;
    b.tris = 0;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  addEventListener(
    'keydown',
    (e) => {
      if (e.code === 'ArrowRight' && !e.repeat) b.keyDownAt = performance.now();
    },
    { capture: true },
  );
  // When the loading screen shows and goes (the app's own "ready" moment).
  const watchLoading = () => {
    const obs = new MutationObserver(() => {
      const present = !!document.querySelector('.loading');
      if (present && b.loadingSeenAt === null) b.loadingSeenAt = performance.now();
      if (!present && b.loadingSeenAt !== null && b.loadingGoneAt === null) b.loadingGoneAt = performance.now();
    });
    obs.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.documentElement) watchLoading();
  else document.addEventListener('readystatechange', watchLoading, { once: true });
}
