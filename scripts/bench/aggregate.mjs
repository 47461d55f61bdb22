// Bench row: "Aggregating 500 participants" on a 100-statement framework in the
// browser at 4x CPU slowdown: the workshop domain (scripts/bench/aggregate-entry.ts)
// bundled with Vite as the app's build would ship it, run in Chromium: 500 result
// codes made with encodeResult, then, timed, each read back with decodeResult and
// the group picture computed with groupPicture. Median over `runs` fresh pages.
// Called by scripts/bench.mjs; alone:
//   node scripts/bench/aggregate.mjs [--runs=5 --throttle=4 --participants=500 --statements=100]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { bundleForPage, median, r1 } from './util.mjs';

const bundle = () => bundleForPage('scripts/bench/aggregate-entry.ts', '__aggregate', 'aggregation');

async function once(browser, code, { throttle, participants, statements }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>aggregate</title>');
    await page.addScriptTag({ content: code });
    const cdp = await context.newCDPSession(page);
    await page.evaluate(
      ([p, s]) => {
        window.__prepared = window.__aggregate.prepare(p, s);
      },
      [participants, statements],
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    return await page.evaluate(() => window.__aggregate.run(window.__prepared));
  } finally {
    await context.close();
  }
}

/** The row's figures: medians over `runs` fresh pages, the CPU slowed down `throttle` times. */
export async function measureAggregate(
  browser,
  { runs = 5, throttle = 4, participants = 500, statements = 100 } = {},
) {
  const code = await bundle();
  const samples = [];
  for (let i = 0; i < runs; i++)
    samples.push(await once(browser, code, { throttle, participants, statements }));
  const of = (k) => r1(median(samples.map((s) => s[k])));
  return {
    participants,
    statements,
    throttle,
    read: samples.every((s) => s.read === participants && s.participants === participants),
    decodeMs: of('decodeMs'),
    aggregateMs: of('aggregateMs'),
    totalMs: of('totalMs'),
    bundleKB: Number((code.length / 1024).toFixed(1)),
  };
}

export const aggregateLine = (a) =>
  `Aggregating ${a.participants} participants (${a.statements} statements, ${a.throttle}x): ${a.totalMs} ms` +
  ` (decoding ${a.decodeMs} ms, group picture ${a.aggregateMs} ms)${a.read ? '' : ' (SOME CODES REFUSED)'}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const opt = { runs: 5, throttle: 4, participants: 500, statements: 100 };
  for (const a of process.argv.slice(2)) {
    const m = /^--(runs|throttle|participants|statements)=(\d+)$/.exec(a);
    if (m) opt[m[1]] = Number(m[2]);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  console.log(aggregateLine(await measureAggregate(browser, opt)));
  await browser.close();
}
