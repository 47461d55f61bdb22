// Bench row: refusing a framework file of 85,000 statements (one group, one
// short flow mapping a line: under the 2 MB limit, slow to parse, refused for
// its count). Measures, from choosing the file in "Add your own framework", the
// time until the refusal is shown, and the longest main-thread task meanwhile.
// Called by scripts/bench.mjs; alone, against a built app:
//   node scripts/bench/heavy-file.mjs [dist] [--runs=3 --throttle=4]
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { serve } from '../static-server.mjs';
import { addFrameworkInput, median, withBenchPage } from './util.mjs';

export const HEAVY_ITEMS = 85_000;

export function heavyFramework(items = HEAVY_ITEMS) {
  const lines = Array.from({ length: items }, (_, i) => ` {id: i${i}, text: t},`);
  return [
    'format: competency-framework/1',
    'id: heavy',
    'version: "1"',
    'sourceLanguage: en',
    'subject: individual',
    'title: Heavy',
    'sections: [{id: s, title: S, groups: [{id: g, kind: skill, items: [',
    ...lines,
    ' ]}]}]',
    '',
  ].join('\n');
}

const refuseOnce = (browser, url, file, throttle) =>
  withBenchPage(browser, { throttle }, async (page) => {
    const input = await addFrameworkInput(page, url);
    await page.evaluate(() => {
      const input = document.querySelector('.add-framework input[type="file"]');
      const P = { longest: 0 };
      window.__heavy = P;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) P.longest = Math.max(P.longest, e.duration);
      }).observe({ type: 'longtask' });
      input.addEventListener('change', (e) => (P.chosen = e.timeStamp), { capture: true, once: true });
      P.shown = new Promise((done) => {
        const seen = () => {
          const alert = document.querySelector('.add-framework [role="alert"]');
          if (alert) done({ at: performance.now(), text: alert.textContent ?? '' });
          else requestAnimationFrame(seen);
        };
        requestAnimationFrame(seen);
      });
    });
    await input.setInputFiles(file);
    const shown = await page.evaluate(() => window.__heavy.shown);
    await page.waitForTimeout(300);
    const { chosen, longest } = await page.evaluate(() => window.__heavy);
    const refused = /85000 entries/.test(shown.text)
      ? 'count'
      : /too long/.test(shown.text)
        ? 'time'
        : 'other';
    return { refusalMs: shown.at - chosen, longestTaskMs: longest, refused };
  });

/** The row's figures: medians over `runs` fresh pages, CPU slowed down `throttle` times. */
export async function measureHeavyFile(browser, url, { runs = 3, throttle = 4 } = {}) {
  mkdirSync('.bench', { recursive: true });
  const file = resolve('.bench/heavy-85000.yaml');
  writeFileSync(file, heavyFramework());
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await refuseOnce(browser, url, file, throttle));
  const r1 = (x) => (x == null ? null : Math.round(x));
  return {
    items: HEAVY_ITEMS,
    refusalMs: r1(median(samples.map((s) => s.refusalMs))),
    longestTaskMs: r1(median(samples.map((s) => s.longestTaskMs))),
    refusedFor: [...new Set(samples.map((s) => s.refused))].join(', '),
  };
}

export const heavyFileLine = (h) =>
  `Refusing a framework file of ${h.items} statements: shown after ${h.refusalMs} ms (refused for: ${h.refusedFor}); longest main-thread task meanwhile ${h.longestTaskMs} ms`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
  const opt = Object.fromEntries(
    process.argv
      .slice(2)
      .map((a) => /^--(runs|throttle)=(\d+)$/.exec(a))
      .filter(Boolean)
      .map((m) => [m[1], Number(m[2])]),
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const app = await serve({ root: resolve(dir) });
  console.log(heavyFileLine(await measureHeavyFile(browser, app.url, opt)));
  await app.close();
  await browser.close();
}
