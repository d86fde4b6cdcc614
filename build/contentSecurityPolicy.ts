// The tour's Content-Security-Policy: everything from the site itself, no eval, no inline script. The built page
// carries it as a <meta> (so any static host applies it) and `vite preview` also sends it as a header. The dev
// server gets neither: Vite's hot reload injects inline scripts.
import type { Plugin } from 'vite';

const directives: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  // Style attributes stay refused; React sets styles through the CSSOM, which the policy does not govern.
  'style-src': "'self'",
  // <style> elements: the headset emulator's panel (styled-components, Font Awesome) writes its CSS into them.
  'style-src-elem': "'self' 'unsafe-inline'",
  'img-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

const serialise = (d: Record<string, string>) =>
  Object.entries(d)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** For the <meta>: browsers ignore frame-ancestors there, and warn about it. */
export const CSP_META = serialise(directives);
/** For the header, which can also refuse framing by other sites. */
export const CSP_HEADER = serialise({ ...directives, 'frame-ancestors': "'none'" });

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' },
    ],
  };
}
