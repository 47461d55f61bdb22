// Bench row: reading a 3.4 MB CASE package (Smarter Balanced's Math Content Specification,
// tests/fixtures/case-real/smarter-balanced-math.json) in "Add your own framework": the time
// from choosing the file until what it contains is shown, at 1x (no CPU throttling).
// Called by scripts/bench.mjs; alone, against a built app:
//   node scripts/bench/case-package.mjs [dist] [--runs=3]
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { serve } from '../static-server.mjs';
import { addFrameworkInput, median, withBenchPage } from './util.mjs';

export const CASE_PACKAGE = resolve('tests/fixtures/case-real/smarter-balanced-math.json');

const readOnce = (browser, url) =>
  withBenchPage(browser, {}, async (page) => {
    const input = await addFrameworkInput(page, url);
    await page.evaluate(() => {
      const input = document.querySelector('.add-framework input[type="file"]');
      const P = {};
      window.__case = P;
      input.addEventListener('change', (e) => (P.chosen = e.timeStamp), { capture: true, once: true });
      P.shown = new Promise((done) => {
        const seen = () => {
          const shown = document.querySelector('.add-framework .notice');
          if (shown) done({ at: performance.now(), ok: !shown.classList.contains('error') });
          else requestAnimationFrame(seen);
        };
        requestAnimationFrame(seen);
      });
    });
    await input.setInputFiles(CASE_PACKAGE);
    const shown = await page.evaluate(() => window.__case.shown);
    const { chosen } = await page.evaluate(() => window.__case);
    return { readMs: shown.at - chosen, ok: shown.ok };
  });

/** Median over `runs` fresh pages, at 1x. */
export async function measureCasePackage(browser, url, { runs = 3 } = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await readOnce(browser, url));
  return {
    megabytes: Math.round(statSync(CASE_PACKAGE).size / 1e5) / 10,
    readMs: Math.round(median(samples.map((s) => s.readMs))),
    read: samples.every((s) => s.ok),
  };
}

export const casePackageLine = (c) =>
  `Reading a ${c.megabytes} MB CASE package (1x): shown after ${c.readMs} ms${c.read ? '' : ' (REFUSED)'}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
  const runs = Number(
    /^--runs=(\d+)$/.exec(process.argv.slice(2).find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 3,
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const app = await serve({ root: resolve(dir) });
  console.log(casePackageLine(await measureCasePackage(browser, app.url, { runs })));
  await app.close();
  await browser.close();
}
