// Small helpers the bench's parts share: sizes, medians, tables.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

export const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The lowest and highest of the figures taken, as "min-max". */
export const spread = (xs) => {
  const s = xs.filter((x) => x != null);
  return s.length ? `${r1(Math.min(...s))}-${r1(Math.max(...s))}` : '';
};

export const r1 = (x) => (x == null ? null : Math.round(x * 10) / 10);
export const kb = (bytes) => (bytes / 1024).toFixed(1);

/** First page: index.html and what it names directly. */
export function firstPageBytes(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const js = refs.filter((r) => r.endsWith('.js')).reduce((n, r) => n + gz(join(dir, r)), 0);
  const css = refs.filter((r) => r.endsWith('.css')).reduce((n, r) => n + gz(join(dir, r)), 0);
  return { js, css, total: js + css, files: refs };
}

export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r) =>
      r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '),
    )
    .join('\n');
}

/**
 * Rounds, as ../shared/perf/measure.mjs takes them: one warm-up call of each
 * measure, then in each round one call of every measure in turn, so that a
 * slower spell of the machine falls on all alike. Returns each measure's results.
 */
export async function inRounds(measures, runs) {
  for (const measure of measures) await measure();
  const samples = measures.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, measure] of measures.entries()) samples[k]?.push(await measure());
  }
  return samples;
}

/** The median of each named figure over one measure's results. */
export const mediansOf = (results, figures) =>
  Object.fromEntries(figures.map((f) => [f, r1(median(results.map((x) => x[f])))]));

/** Bundles a page-side entry with Vite, minified as the app's build, into one script setting `window[name]`. */
export async function bundleForPage(entry, name, what) {
  const { build } = await import('vite');
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(entry), formats: ['iife'], name },
    },
  });
  const chunk = [out].flat()[0]?.output.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error(`the ${what} bundle was not built`);
  return chunk.code;
}

/**
 * Runs `run(page)` in a fresh 1280x800 page, its CPU slowed down `throttle` times
 * (none when not given), its network as `network` when given ({ latency } in ms,
 * { download, upload } in bytes per second: Chromium's emulated network conditions),
 * `init` added as its init script when given; the context is closed after.
 */
export async function withBenchPage(browser, { throttle, network, init }, run) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    if (throttle != null || network) {
      const cdp = await context.newCDPSession(page);
      if (throttle != null) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      if (network) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: network.latency,
          downloadThroughput: network.download,
          uploadThroughput: network.upload,
        });
      }
    }
    if (init) await page.addInitScript(...init);
    return await run(page);
  } finally {
    await context.close();
  }
}

/** The app at `url` in English on its start page, "Add your own framework"'s file input attached and settled. */
export async function addFrameworkInput(page, url) {
  await page.goto(`${url}?lng=en#/`);
  const input = page.locator('.add-framework input[type="file"]');
  await input.waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  return input;
}
