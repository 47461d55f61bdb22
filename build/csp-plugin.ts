// Vite plugin: a Content-Security-Policy that allows nothing from another
// origin. The served build loads only its own files; the one-file build's
// inline script and style are allowed by their hashes (added after inlining,
// see scripts/csp-single.mjs).
import type { Plugin } from 'vite';

export const CSP_SERVED = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy({ single }: { single: boolean }): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (single) return html; // hashes are added once everything is inlined
        return html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP_SERVED}" />`,
        );
      },
    },
  };
}
