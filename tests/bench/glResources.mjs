// Live WebGL objects in a page, counted by wrapping WebGL2RenderingContext's create/delete methods from an init
// script (so the app needs no hook). Shared by the bench and the leak test: a room that builds buffers, textures
// or programs it never deletes shows up as a count that keeps climbing tour after tour.

/** Runs in the page before any of its scripts (page.addInitScript / context.addInitScript). */
export function installGlResourceCounter() {
  const P = window.WebGL2RenderingContext && WebGL2RenderingContext.prototype;
  if (!P || window.__glResources) return;
  const kinds = {
    buffers: ['createBuffer', 'deleteBuffer'],
    textures: ['createTexture', 'deleteTexture'],
    programs: ['createProgram', 'deleteProgram'],
    shaders: ['createShader', 'deleteShader'],
    vertexArrays: ['createVertexArray', 'deleteVertexArray'],
    framebuffers: ['createFramebuffer', 'deleteFramebuffer'],
    renderbuffers: ['createRenderbuffer', 'deleteRenderbuffer'],
  };
  const counts = {};
  // Deleting an object twice, or null, is legal WebGL and must not count twice: only objects seen created count.
  const live = new WeakSet();
  for (const [kind, [create, del]] of Object.entries(kinds)) {
    const c = (counts[kind] = { created: 0, deleted: 0 });
    const origCreate = P[create];
    const origDelete = P[del];
    if (typeof origCreate !== 'function' || typeof origDelete !== 'function') continue;
    P[create] = function (...args) {
      const obj = origCreate.apply(this, args);
      if (obj) {
        c.created += 1;
        live.add(obj);
      }
      return obj;
    };
    P[del] = function (obj, ...rest) {
      if (obj && live.has(obj)) {
        live.delete(obj);
        c.deleted += 1;
      }
      return origDelete.call(this, obj, ...rest);
    };
  }
  const bytes = gpuBytes(P);
  window.__glResources = () => ({
    ...Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, { ...c, live: c.created - c.deleted }])),
    bytes: bytes(),
  });

  /** Bytes held by live textures, buffers and renderbuffers, from the sizes given to the calls that fill them
   *  (a texture's mip levels and cube faces each counted; what the driver pads or compresses is not seen). The
   *  depth textures apart: the sun's shadow map is the only one. */
  function gpuBytes(P) {
    const GL = WebGL2RenderingContext;
    const texelBytes = (internal, format, type) => {
      const sized = {
        [GL.RGBA8]: 4, [GL.SRGB8_ALPHA8]: 4, [GL.RGB8]: 3, [GL.R8]: 1, [GL.RG8]: 2, [GL.RGBA16F]: 8, [GL.RGBA32F]: 16,
        [GL.R16F]: 2, [GL.R32F]: 4, [GL.DEPTH_COMPONENT16]: 2, [GL.DEPTH_COMPONENT24]: 4, [GL.DEPTH_COMPONENT32F]: 4,
        [GL.DEPTH24_STENCIL8]: 4, [GL.DEPTH32F_STENCIL8]: 8, [GL.RGB565]: 2, [GL.RGBA4]: 2,
      }[internal];
      if (sized) return sized;
      const channels = { [GL.RGBA]: 4, [GL.RGB]: 3, [GL.LUMINANCE_ALPHA]: 2, [GL.ALPHA]: 1, [GL.LUMINANCE]: 1, [GL.RED]: 1, [GL.DEPTH_COMPONENT]: 1 }[format ?? internal] ?? 4;
      const size = { [GL.FLOAT]: 4, [GL.HALF_FLOAT]: 2, [GL.UNSIGNED_INT]: 4, [GL.UNSIGNED_SHORT]: 2 }[type] ?? 1;
      return channels * size;
    };
    const isDepth = (internal) =>
      [GL.DEPTH_COMPONENT, GL.DEPTH_COMPONENT16, GL.DEPTH_COMPONENT24, GL.DEPTH_COMPONENT32F, GL.DEPTH24_STENCIL8, GL.DEPTH32F_STENCIL8, GL.DEPTH_STENCIL].includes(internal);
    const held = { textures: new Map(), buffers: new Map(), renderbuffers: new Map() };
    const bound = new Map();
    let unit = 0;
    const wrap = (name, after) => {
      const orig = P[name];
      if (typeof orig !== 'function') return;
      P[name] = function (...args) {
        const r = orig.apply(this, args);
        after(...args);
        return r;
      };
    };
    const targetOfFace = (t) => (t >= GL.TEXTURE_CUBE_MAP_POSITIVE_X && t <= GL.TEXTURE_CUBE_MAP_NEGATIVE_Z ? GL.TEXTURE_CUBE_MAP : t);
    const texture = (target) => bound.get(`t${unit}:${targetOfFace(target)}`);
    const setLevel = (target, level, n, depth) => {
      const t = texture(target);
      if (!t) return;
      const levels = held.textures.get(t) ?? { depth, levels: new Map() };
      levels.levels.set(`${target}:${level}`, n);
      held.textures.set(t, levels);
    };
    wrap('activeTexture', (u) => (unit = u));
    wrap('bindTexture', (target, t) => bound.set(`t${unit}:${target}`, t));
    wrap('deleteTexture', (t) => held.textures.delete(t));
    wrap('texImage2D', (...a) => {
      // (target, level, internal, width, height, border, format, type, pixels…) or (target, level, internal, format, type, source).
      const [w, h, format, type] = a.length >= 8 ? [a[3], a[4], a[6], a[7]] : [a[5]?.width ?? 0, a[5]?.height ?? 0, a[3], a[4]];
      setLevel(a[0], a[1], w * h * texelBytes(a[2], format, type), isDepth(a[2]));
    });
    wrap('texStorage2D', (target, levels, internal, w, h) => {
      for (let l = 0; l < levels; l++) setLevel(target, l, Math.max(1, w >> l) * Math.max(1, h >> l) * texelBytes(internal) * (target === GL.TEXTURE_CUBE_MAP ? 6 : 1), isDepth(internal));
    });
    wrap('texImage3D', (target, level, internal, w, h, d, border, format, type) => setLevel(target, level, w * h * d * texelBytes(internal, format, type), false));
    wrap('texStorage3D', (target, levels, internal, w, h, d) => {
      for (let l = 0; l < levels; l++) setLevel(target, l, Math.max(1, w >> l) * Math.max(1, h >> l) * d * texelBytes(internal), false);
    });
    wrap('bindBuffer', (target, b) => bound.set(`b:${target}`, b));
    wrap('deleteBuffer', (b) => held.buffers.delete(b));
    wrap('bufferData', (target, data) => {
      const b = bound.get(`b:${target}`);
      if (b) held.buffers.set(b, typeof data === 'number' ? data : data?.byteLength ?? 0);
    });
    wrap('bindRenderbuffer', (target, r) => bound.set('r', r));
    wrap('deleteRenderbuffer', (r) => held.renderbuffers.delete(r));
    wrap('renderbufferStorage', (target, internal, w, h) => bound.get('r') && held.renderbuffers.set(bound.get('r'), w * h * texelBytes(internal)));
    wrap('renderbufferStorageMultisample', (target, samples, internal, w, h) =>
      bound.get('r') && held.renderbuffers.set(bound.get('r'), w * h * texelBytes(internal) * Math.max(1, samples)));
    const mb = (n) => Math.round((n / 2 ** 20) * 10) / 10;
    const sum = (values) => [...values].reduce((a, b) => a + b, 0);
    return () => {
      const textures = [...held.textures.values()];
      return {
        texturesMB: mb(sum(textures.map((t) => sum(t.levels.values())))),
        depthTexturesMB: mb(sum(textures.filter((t) => t.depth).map((t) => sum(t.levels.values())))),
        buffersMB: mb(sum(held.buffers.values())),
        renderbuffersMB: mb(sum(held.renderbuffers.values())),
      };
    };
  }
}
