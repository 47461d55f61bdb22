// npm run bench [-- --runs=5 --throttle=4 --references=38|all|none]
// Builds the app, serves it on loopback, drives Debian's Chromium with the CPU
// slowed down, and prints a table (and .bench/results.json) of:
// - first-page JS + CSS bytes (gzip) and the bytes each view loads lazily;
// - FCP, the first interactive rating control, and the whole section shown
//   (its last statement's first radio laid out, as the references' "ready");
// - click-to-paint latency of one rating (the first interaction, once the
//   section is shown; also as INP counts it, through Event Timing) and the
//   longest main-thread task while loading, for C3.1 and for generated
//   frameworks of 30, 500 and 2000 statements;
// - the time to save 2000 rated statements;
// - the same load figures for the reference builds in ../shared/perf (a static
//   page, the floor, and SurveyJS), measured in the same run, with ratios.
// It reports; nothing here fails on a timing.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { heavyFileLine, measureHeavyFile } from './bench/heavy-file.mjs';
import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH as CHROMIUM } from './chromium.mjs';
import { generateFramework } from './generate-framework.mjs';
import { serve } from './static-server.mjs';

const opt = { runs: 5, throttle: 4, references: '38' };
for (const a of process.argv.slice(2)) {
  const m = /^--(runs|throttle|references)=(.*)$/.exec(a);
  if (m) opt[m[1]] = m[1] === 'references' ? m[2] : Number(m[2]);
}
const SIZES = [30, 500, 2000];
const bin = (name) => resolve('node_modules/.bin', name);
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const r1 = (x) => (x == null ? null : Math.round(x * 10) / 10);
const kb = (bytes) => (bytes / 1024).toFixed(1);

function build() {
  mkdirSync('.bench/frameworks', { recursive: true });
  for (const n of SIZES) writeFileSync(`.bench/frameworks/bench-${n}.yaml`, generateFramework(n));
  execFileSync(bin('vite'), ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync(bin('vite'), ['build', '--mode', 'bench', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, EXTRA_FRAMEWORKS: '.bench/frameworks' },
  });
}

/** First page: index.html and what it names directly. */
function firstPageBytes(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const js = refs.filter((r) => r.endsWith('.js')).reduce((n, r) => n + gz(join(dir, r)), 0);
  const css = refs.filter((r) => r.endsWith('.css')).reduce((n, r) => n + gz(join(dir, r)), 0);
  return { js, css, total: js + css, files: refs };
}

/** Seeds one assessment of a framework, in the stored format of the app. */
function seed(frameworkId, sections) {
  const now = Date.now();
  const a = {
    id: 'bench',
    frameworkId,
    frameworkVersion: '1',
    title: 'Benchmark',
    subjectName: '',
    sections,
    level: null,
    answers: {},
    createdAt: now,
    metaUpdatedAt: now,
    updatedAt: now,
    completedAt: null,
    previousId: null,
  };
  return JSON.stringify({
    state: { assessments: { bench: a }, deleted: {}, frameworks: {}, removedFrameworks: {} },
    version: 2,
  });
}

// Runs in the page before its own scripts: paint, readiness, long tasks, click-to-paint.
function probe({ stored, ready, shown, reflected }) {
  if (stored) localStorage.setItem('csa.assessments', stored);
  const P = { longest: 0 };
  window.__perf = P;
  const afterFrame = (cb) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => cb(performance.now());
      channel.port2.postMessage(0);
    });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) P.longest = Math.max(P.longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  // The click as INP counts it (Event Timing): its longest event, from the
  // event's time stamp to the next paint, in 8 ms steps; under 16 ms is not reported.
  P.interaction = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (P.click && e.interactionId) P.interaction = Math.max(P.interaction, e.duration);
  }).observe({ type: 'event', durationThreshold: 16 });
  P.fcp = new Promise((done) => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') done(e.startTime);
    }).observe({ type: 'paint', buffered: true });
  });
  const laidOut = (selector) =>
    new Promise((done) => {
      const loop = () => {
        const el = document.querySelector(selector);
        if (el?.getClientRects().length) afterFrame(done);
        else requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    });
  P.ready = laidOut(ready);
  P.shown = laidOut(shown);
  P.arm = () => {
    P.click = new Promise((done) => {
      addEventListener(
        'click',
        (e) => {
          const t0 = e.timeStamp;
          const loop = () =>
            document.querySelector(reflected)
              ? afterFrame((t1) => done(t1 - t0))
              : requestAnimationFrame(loop);
          requestAnimationFrame(loop);
        },
        { capture: true, once: true },
      );
    });
  };
}

async function loadApp(browser, url, scenario) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: opt.throttle });
    await page.addInitScript(probe, scenario);
    await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
    const readyMs = await page.evaluate(() => window.__perf.ready);
    const shownMs = await page.evaluate(() => window.__perf.shown);
    const fcpMs = await page.evaluate(() => window.__perf.fcp);
    await page.waitForTimeout(300);
    const longestTaskMs = await page.evaluate(() => window.__perf.longest);
    const box = await page.evaluate(
      (sel) =>
        new Promise((ok) => {
          const el = document.querySelector(sel);
          el.scrollIntoView({ block: 'center' });
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const r = el.getBoundingClientRect();
              ok({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
            }),
          );
        }),
      scenario.click,
    );
    await page.evaluate(() => window.__perf.arm());
    await page.mouse.click(box.x, box.y);
    const clickMs = await page.evaluate(() => window.__perf.click);
    await page.waitForTimeout(200);
    const interactionMs = await page.evaluate(() => window.__perf.interaction);
    return { fcpMs, readyMs, shownMs, clickMs, interactionMs, longestTaskMs };
  } finally {
    await context.close();
  }
}

function scenarioFor(id, sections, firstItem, middleItem, lastItem) {
  return {
    name: id,
    url: `#/assess/bench`,
    stored: seed(id, sections),
    ready: `input[name="${firstItem}-current"]`,
    shown: `input[name="${lastItem}-current"]`,
    click: `label[for="${middleItem}-current-3"]`,
    reflected: `input[name="${middleItem}-current"][value="3"]:checked`,
  };
}

async function lazyBytesPerView(browser, url, dir) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = new Set();
  page.on('request', (r) => seen.add(new URL(r.url()).pathname.split('/').pop()));
  const take = () => {
    const files = [...seen].filter((f) => /\.(js|css)$/.test(f) && existsSync(join(dir, 'assets', f)));
    seen.clear();
    return files.reduce((n, f) => n + gz(join(dir, 'assets', f)), 0);
  };
  const views = {};
  const visit = async (name, hash, selector) => {
    await page.goto(`${url}${hash}`);
    await page.locator(selector).first().waitFor();
    await page.waitForTimeout(300);
    views[name] = take();
  };
  await visit('library (first page)', '?lng=en#/', 'article');
  await visit('statements', '?lng=en#/framework/guidance-competences', '.preview');
  await visit('start', '?lng=en#/assess/new?framework=guidance-competences', 'form');
  await page.getByRole('button', { name: 'Start rating' }).click();
  await page.locator('.statement').first().waitFor();
  await page.waitForTimeout(300);
  views.questionnaire = take();
  const assessment = new URL(page.url()).hash.replace('#/assess/', '');
  await visit('results', `?lng=en#/results/${assessment}`, '.results');
  await visit('my assessments', '?lng=en#/assessments', '.assessment-list');
  await context.close();
  return views;
}

/** The reference builds of ../shared/perf, built and served, each with one fresh load to call. */
async function references(browser) {
  const source = resolve('../shared/perf');
  if (opt.references === 'none' || !existsSync(join(source, 'measure.mjs'))) return [];
  const ref = resolve('.bench/ref');
  if (!existsSync(join(ref, 'node_modules'))) {
    cpSync(source, ref, {
      recursive: true,
      filter: (f) => !/node_modules|[/\\]dist|results/.test(f.slice(source.length)),
    });
    spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ref, stdio: 'inherit' });
  }
  const counts = opt.references === 'all' ? [38, 500, 2000] : [38];
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
      load: () => loadOnce(browser, server.url, cfg, opt.throttle),
      close: () => server.close(),
    });
  }
  return refs;
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r) =>
      r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '),
    )
    .join('\n');
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`No Chromium at ${CHROMIUM}: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  build();
  const first = firstPageBytes('dist');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const app = await serve({ root: resolve('.bench/dist') });
  // Per view from the build without a service worker, which would fetch everything at once.
  const views = await lazyBytesPerView(browser, app.url, resolve('.bench/dist'));

  const scenarios = [
    { ...scenarioFor('guidance-competences', ['C3.1'], 'C3.1-k1', 'C3.1-s1', 'C3.1-s9'), label: 'C3.1 (16)' },
    ...SIZES.map((n) => ({
      ...scenarioFor(`bench-${n}`, [], 'G1-k1', 'G1-s1', 'G1-s10'),
      label: `generated ${n}`,
    })),
  ];
  const refs = await references(browser);
  // Rounds, as ../shared/perf/measure.mjs takes them: one warm-up load of each
  // build, then in each round one fresh load of every scenario and every
  // reference in turn, so that a slower spell of the machine falls on all alike.
  const measures = [
    ...scenarios.map((s) => () => loadApp(browser, `${app.url}?lng=en${s.url}`, s)),
    ...refs.map((r) => r.load),
  ];
  for (const measure of measures) await measure();
  const samples = measures.map(() => []);
  for (let i = 0; i < opt.runs; i++) {
    for (const [k, measure] of measures.entries()) samples[k]?.push(await measure());
  }
  /** The median of each named figure over one build's loads. */
  const medians = (k, figures) =>
    Object.fromEntries(figures.map((f) => [f, r1(median((samples[k] ?? []).map((x) => x[f])))]));
  const results = scenarios.map((s, k) => ({
    scenario: s.label,
    ...medians(k, ['fcpMs', 'readyMs', 'shownMs', 'clickMs', 'interactionMs', 'longestTaskMs']),
  }));
  const refRows = refs.map((r, j) => ({
    name: r.name,
    items: r.items,
    firstPageGzip: r.firstPageGzip,
    ...medians(scenarios.length + j, ['fcpMs', 'readyMs', 'clickMs']),
  }));
  for (const r of refs) await r.close();
  // Saving 2000 rated statements: every answer set in the store, then written.
  const saveSamples = [];
  for (let i = 0; i < opt.runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: opt.throttle });
    await page.addInitScript(
      (stored) => localStorage.setItem('csa.assessments', stored),
      seed('bench-2000', []),
    );
    await page.goto(`${app.url}?lng=en#/assess/bench`);
    await page.locator('.statement').first().waitFor();
    const ms = await page.evaluate(async () => {
      const { assessmentsStore, flush } = window.__bench;
      const ids = [];
      for (let s = 1; s <= 100; s++)
        for (const k of ['k', 's']) for (let i = 1; i <= 10; i++) ids.push(`G${s}-${k}${i}`);
      // One update that rates all 2000 statements (as a goal preset does), then the write.
      const t0 = performance.now();
      assessmentsStore.getState().setTargets('bench', ids, 3);
      const setMs = performance.now() - t0;
      const t1 = performance.now();
      flush();
      const flushMs = performance.now() - t1;
      const bytes = localStorage.getItem('csa.assessments')?.length ?? 0;
      return { setMs, flushMs, bytes };
    });
    saveSamples.push(ms);
    await context.close();
  }
  const heavyFile = await measureHeavyFile(browser, app.url, opt);
  await app.close();
  await browser.close();

  const save = {
    setAnswersMs: r1(median(saveSamples.map((s) => s.setMs))),
    writeMs: r1(median(saveSamples.map((s) => s.flushMs))),
    storedKB: Number(kb(saveSamples[0]?.bytes ?? 0)),
  };
  const version = execFileSync(CHROMIUM, ['--version']).toString().trim();
  console.log(
    `\n${version}, CPU throttle ${opt.throttle}x, median of ${opt.runs} fresh loads (rounds taken in turn, after a warm-up)\n`,
  );
  console.log(
    `First page (JS + CSS, gzip): ${kb(first.total)} KB (JS ${kb(first.js)}, CSS ${kb(first.css)}); budget 120 KB`,
  );
  console.log('Loaded lazily, by view (gzip KB):');
  console.log(table([['view', 'KB'], ...Object.entries(views).map(([v, b]) => [v, kb(b)])]));
  console.log('\nQuestionnaire loads:');
  console.log(
    table([
      [
        'scenario',
        'FCP ms',
        'first rating control ms',
        'section shown ms',
        'click-to-paint ms',
        'click, as INP ms',
        'longest task ms',
      ],
      ...results.map((r) => [
        r.scenario,
        r.fcpMs,
        r.readyMs,
        r.shownMs,
        r.clickMs,
        r.interactionMs || '<16',
        r.longestTaskMs,
      ]),
    ]),
  );
  console.log(
    `\nSaving 2000 rated statements: ${save.setAnswersMs} ms to update the store, ${save.writeMs} ms to write ${save.storedKB} KB to localStorage`,
  );
  console.log(heavyFileLine(heavyFile));
  console.log('Aggregating 500 participants: not measured (the workshop feature has not landed).');
  if (refRows.length) {
    console.log('\nReference builds (../shared/perf), same run:');
    console.log(
      table([
        ['build', 'items', 'first load KB', 'FCP ms', 'ready ms', 'click ms'],
        ...refRows.map((r) => [
          r.name,
          r.items,
          kb(r.firstPageGzip),
          r1(r.fcpMs),
          r1(r.readyMs),
          r1(r.clickMs),
        ]),
      ]),
    );
    const floor = (n) => refRows.find((r) => r.name === `floor-${n}`);
    const ours = { 38: results[0], 500: results[2], 2000: results[3] };
    const ratioRows = [['ours / floor', 'FCP', 'ready (section shown)', 'click']];
    for (const n of [38, 500, 2000]) {
      const f = floor(n);
      const o = ours[n];
      if (f && o)
        ratioRows.push([
          `${n === 38 ? 'C3.1' : `generated ${n}`} / floor-${n}`,
          `${(o.fcpMs / f.fcpMs).toFixed(2)}x`,
          `${(o.shownMs / f.readyMs).toFixed(2)}x`,
          `${(o.clickMs / f.clickMs).toFixed(2)}x`,
        ]);
    }
    console.log(`\n${table(ratioRows)}`);
  } else {
    console.log('\nReference builds: not measured (no ../shared/perf, or --references=none).');
  }
  const json = {
    chromium: version,
    throttle: opt.throttle,
    runs: opt.runs,
    firstPage: first,
    lazyByView: views,
    loads: results,
    save,
    heavyFile,
    references: refRows,
  };
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/results.json', `${JSON.stringify(json, null, 2)}\n`);
  console.log('\nJSON: .bench/results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
