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
  window.__glResources = () =>
    Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, { ...c, live: c.created - c.deleted }]));
}
