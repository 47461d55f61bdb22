// A small static file server on loopback, for tests and the benchmark: serves
// a folder under a base path (such as /tools/self-assessment/), nothing else.
//   node scripts/static-server.mjs dist /tools/self-assessment/ 8080
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.yaml': 'application/yaml',
};

/**
 * @param {{ root: string, base?: string, port?: number, transform?: (path: string, body: Buffer) => Buffer }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serve({ root, base = '/', port = 0, transform }) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    let body = readFileSync(file);
    if (transform) body = transform(path.slice(base.length), body);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actual}${base}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', base = '/', port = '8080'] = process.argv.slice(2);
  serve({ root, base, port: Number(port) }).then(({ url }) => console.log(`serving ${root} at ${url}`));
}
