// The questionnaire's loads as the bench takes them: an assessment seeded in
// the stored format, a probe in the page (paint, readiness, long tasks,
// click-to-paint), one fresh load and one rating per call; also the bytes
// each view loads lazily and the time to save 2000 rated statements.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gz, withBenchPage } from './util.mjs';

export const SIZES = [30, 500, 2000];

/** Seeds one assessment of a framework, in the stored format of the app. */
export function seed(frameworkId, sections) {
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

/**
 * One fresh load of a scenario with the CPU slowed down `throttle` times (and the
 * network as `network`, see withBenchPage, when given), then one rating.
 */
export const loadApp = (browser, url, scenario, throttle, network) =>
  withBenchPage(browser, { throttle, network, init: [probe, scenario] }, async (page) => {
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
  });

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

/** C3.1 of the built-in guidance framework, and the generated frameworks (bench build only). */
export const scenarios = [
  { ...scenarioFor('guidance-competences', ['C3.1'], 'C3.1-k1', 'C3.1-s1', 'C3.1-s9'), label: 'C3.1 (16)' },
  ...SIZES.map((n) => ({
    ...scenarioFor(`bench-${n}`, [], 'G1-k1', 'G1-s1', 'G1-s10'),
    label: `generated ${n}`,
  })),
];

export async function lazyBytesPerView(browser, url, dir) {
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

/** Saving 2000 rated statements: every answer set in the store, then written. */
export async function measureSave(browser, url, { runs, throttle }) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.addInitScript(
      (stored) => localStorage.setItem('csa.assessments', stored),
      seed('bench-2000', []),
    );
    await page.goto(`${url}?lng=en#/assess/bench`);
    await page.locator('.statement').first().waitFor();
    const ms = await page.evaluate(async () => {
      const { userDataStore, flush } = window.__bench;
      const ids = [];
      for (let s = 1; s <= 100; s++)
        for (const k of ['k', 's']) for (let i = 1; i <= 10; i++) ids.push(`G${s}-${k}${i}`);
      // One update that rates all 2000 statements (as a goal preset does), then the write.
      const t0 = performance.now();
      userDataStore.getState().setTargets('bench', ids, 3);
      const setMs = performance.now() - t0;
      const t1 = performance.now();
      flush();
      const flushMs = performance.now() - t1;
      const bytes = localStorage.getItem('csa.assessments')?.length ?? 0;
      return { setMs, flushMs, bytes };
    });
    samples.push(ms);
    await context.close();
  }
  return samples;
}
