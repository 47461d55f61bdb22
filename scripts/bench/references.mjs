// The reference builds of ../shared/perf (a static page, the floor, and
// SurveyJS), built and served, each with one fresh load to call, so that the
// bench measures them in the same run as the app.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '../static-server.mjs';
import { firstPageBytes, gz } from './util.mjs';

/** `which`: '38' (the default), 'all' (38, 500 and 2000 items) or 'none'. */
export async function references(browser, { references: which, throttle }) {
  const source = resolve('../shared/perf');
  if (which === 'none' || !existsSync(join(source, 'measure.mjs'))) return [];
  const ref = resolve('.bench/ref');
  if (!existsSync(join(ref, 'node_modules'))) {
    cpSync(source, ref, {
      recursive: true,
      filter: (f) => !/node_modules|[/\\]dist|results/.test(f.slice(source.length)),
    });
    spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ref, stdio: 'inherit' });
  }
  const counts = which === 'all' ? [38, 500, 2000] : [38];
  const builds = [];
  for (const n of counts) {
    if (n !== 38)
      spawnSync(process.execPath, ['data/make-large.mjs', String(n)], { cwd: ref, stdio: 'inherit' });
    const items = n === 38 ? 'data/items.json' : `data/items-${n}.json`;
    for (const impl of ['floor', 'peer']) {
      const out = join(ref, 'dist', `${impl}-${n}`);
      if (!existsSync(join(out, 'index.html'))) {
        spawnSync('npm', ['run', `build:${impl}`], {
          cwd: ref,
          stdio: 'inherit',
          env: { ...process.env, ITEMS: items },
        });
      }
      if (existsSync(join(out, 'index.html'))) builds.push({ impl, n, out });
    }
  }
  const { loadOnce } = await import(pathToFileURL(join(ref, 'measure.mjs')).href);
  const refs = [];
  for (const b of builds) {
    const cfg = JSON.parse(readFileSync(join(b.out, 'perf.json'), 'utf8'));
    const server = await serve({ root: b.out });
    refs.push({
      name: `${b.impl}-${b.n}`,
      items: b.n,
      firstPageGzip: firstPageBytes(b.out).total + gz(join(b.out, 'index.html')),
      load: () => loadOnce(browser, server.url, cfg, throttle),
      close: () => server.close(),
    });
  }
  return refs;
}
