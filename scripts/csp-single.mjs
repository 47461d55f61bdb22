// Adds a Content-Security-Policy to the one-file build: nothing from another
// origin, and the inline script and styles allowed by their SHA-256 hashes
// (and the worker that script starts from a blob: URL).
// Usage: node scripts/csp-single.mjs dist-single/index.html
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'dist-single/index.html';
let html = readFileSync(file, 'utf8');
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]));
const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]));
const policy = [
  "default-src 'none'",
  `script-src ${scripts.join(' ') || "'none'"}`,
  `style-src ${styles.join(' ') || "'none'"}`,
  'img-src data: blob:',
  "connect-src 'none'",
  // The framework check's worker, inlined: started from a blob: URL made by the page's own script.
  'worker-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
// A single file has no neighbours: no manifest, icons inline.
const icon = readFileSync('public/icons/icon.svg', 'utf8');
html = html.replace(/\s*<link rel="(manifest|apple-touch-icon)"[^>]*>/g, '');
html = html.replace(
  /<link rel="icon"[^>]*>/,
  `<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from(icon).toString('base64')}" />`,
);
html = html.replace(
  '<head>',
  `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
);
writeFileSync(file, html);
console.log(`${file}: CSP with ${scripts.length} script and ${styles.length} style hashes`);
