// Bench rows: the longest lists the app allows.
// - A rating clicked in one section of 10,000 statements (the bench build's
//   generated long-10000 framework): click-to-paint, and the longest task in
//   the 3 s after the click, the pointer left over the page.
// - "My assessments" with 10,000 stored assessments: time until the first
//   entry is laid out, the longest task from the start until 1 s later, and
//   "Show more": click-to-paint and the longest task after it.
// Each at 1x and at the bench's CPU throttle, median of fresh pages.
// Called by scripts/bench.mjs; alone, against the bench build (npm run bench builds it):
//   node scripts/bench/long-lists.mjs [.bench/dist] [--runs=3] [--throttle=4]
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { generateLongSection } from '../generate-framework.mjs';
import { serve } from '../static-server.mjs';
import { seed } from './loads.mjs';
import { mediansOf, table, withBenchPage } from './util.mjs';

export const LONG = 10_000;

/** Writes the long section's framework where the bench build reads its extra frameworks. */
export function writeLongSection(dir) {
  writeFileSync(join(dir, `long-${LONG}.yaml`), generateLongSection(LONG));
}

/** `n` assessments in the stored form (as loads.mjs's seed writes one). */
function manyAssessments(n) {
  const one = JSON.parse(seed('guidance-competences', ['C3.1']));
  const bench = one.state.assessments.bench;
  const assessments = {};
  for (let i = 0; i < n; i++)
    assessments[`a${i}`] = {
      ...bench,
      id: `a${i}`,
      title: `Assessment ${i}`,
      createdAt: bench.createdAt - i,
    };
  return JSON.stringify({ ...one, state: { ...one.state, assessments } });
}

// Runs in the page before its own scripts: the seed, the long tasks, a click's paint.
function probe(stored) {
  localStorage.setItem('csa.assessments', stored);
  const P = { tasks: [] };
  window.__lists = P;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) P.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const afterFrame = (cb) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => cb(performance.now());
      channel.port2.postMessage(0);
    });
  P.longestSince = (t) => Math.max(0, ...P.tasks.filter(([s]) => s >= t).map(([, d]) => d));
  P.laidOut = (selector) =>
    new Promise((done) => {
      const loop = () =>
        document.querySelector(selector)?.getClientRects().length
          ? afterFrame(done)
          : requestAnimationFrame(loop);
      loop();
    });
  P.arm = (selector) => {
    P.click = new Promise((done) =>
      addEventListener(
        'click',
        (e) => P.laidOut(selector).then((t) => done({ at: e.timeStamp, ms: t - e.timeStamp })),
        { capture: true, once: true },
      ),
    );
  };
}

const withPage = (browser, throttle, stored, run) =>
  withBenchPage(browser, { throttle, init: [probe, stored] }, run);

/** Clicks `selector`'s centre (the pointer stays there) and waits for `reflected` to be laid out. */
async function clickAndPaint(page, selector, reflected) {
  const box = await page.locator(selector).boundingBox();
  await page.evaluate((sel) => window.__lists.arm(sel), reflected);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return page.evaluate(() => window.__lists.click);
}

const clickInLongSection = (browser, url, throttle) =>
  withPage(browser, throttle, seed(`long-${LONG}`, []), async (page) => {
    await page.goto(`${url}?lng=en#/assess/bench`);
    await page.locator('#statement-L100').waitFor({ state: 'attached', timeout: 120_000 });
    await page.locator('label[for="L50-current-3"]').scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    const click = await clickAndPaint(
      page,
      'label[for="L50-current-3"]',
      'input[name="L50-current"][value="3"]:checked',
    );
    await page.waitForTimeout(3000);
    const saved = await page.evaluate(
      () =>
        JSON.parse(localStorage.getItem('csa.assessments')).state.assessments.bench?.answers?.L50?.current ===
        3,
    );
    return {
      clickMs: click.ms,
      longestAfterMs: await page.evaluate((t) => window.__lists.longestSince(t), click.at),
      saved,
    };
  });

const listOfMany = (browser, url, throttle, stored) =>
  withPage(browser, throttle, stored, async (page) => {
    await page.goto(`${url}?lng=en#/assessments`);
    const shownMs = await page.evaluate(() => window.__lists.laidOut('.assessment'));
    await page.waitForTimeout(1000);
    const longestMs = await page.evaluate(() => window.__lists.longestSince(0));
    const more = page.locator('.assessment-list + p button');
    if ((await more.count()) === 0) return { shownMs, longestMs, moreMs: null, longestAfterMoreMs: null };
    await more.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const click = await clickAndPaint(
      page,
      '.assessment-list + p button',
      '.assessment-list > li:nth-child(100)',
    );
    await page.waitForTimeout(1000);
    return {
      shownMs,
      longestMs,
      moreMs: click.ms,
      longestAfterMoreMs: await page.evaluate((t) => window.__lists.longestSince(t), click.at),
    };
  });

/** Median over `runs` fresh pages of each, at 1x and at `throttle`. */
export async function measureLongLists(browser, url, { runs = 3, throttle = 4 } = {}) {
  const stored = manyAssessments(LONG);
  const rows = [];
  for (const rate of [1, throttle]) {
    const clicks = [];
    const lists = [];
    for (let i = 0; i < Math.min(runs, 3); i++) {
      clicks.push(await clickInLongSection(browser, url, rate));
      lists.push(await listOfMany(browser, url, rate, stored));
    }
    rows.push({
      throttle: rate,
      section: { ...mediansOf(clicks, ['clickMs', 'longestAfterMs']), saved: clicks.every((c) => c.saved) },
      list: mediansOf(lists, ['shownMs', 'longestMs', 'moreMs', 'longestAfterMoreMs']),
    });
  }
  return rows;
}

export function longListsLines(rows) {
  return [
    `\nLong lists (${LONG.toLocaleString('en')} statements in one section; ${LONG.toLocaleString('en')} assessments), median of fresh pages:`,
    table([
      [
        'CPU',
        'rating click-to-paint ms',
        'longest task after ms',
        'saved',
        'list shown ms',
        'longest task ms',
        '"Show more" click-to-paint ms',
        'longest task after ms',
      ],
      ...rows.map((r) => [
        `${r.throttle}x`,
        r.section.clickMs,
        r.section.longestAfterMs,
        r.section.saved ? 'yes' : 'NO',
        r.list.shownMs,
        r.list.longestMs,
        r.list.moreMs,
        r.list.longestAfterMoreMs,
      ]),
    ]),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '.bench/dist');
  const opt = { runs: 3, throttle: 4 };
  for (const a of process.argv.slice(2)) {
    const m = /^--(runs|throttle)=(\d+)$/.exec(a);
    if (m) opt[m[1]] = Number(m[2]);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const app = await serve({ root: dir });
  console.log(longListsLines(await measureLongLists(browser, app.url, opt)));
  await app.close();
  await browser.close();
}
