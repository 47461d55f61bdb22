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
// It reports; nothing here fails on a timing. Its parts are in scripts/bench/
// (loads.mjs, references.mjs, heavy-file.mjs, report.mjs); two or more builds
// compared in turn: scripts/bench/compare.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { aggregateLine, measureAggregate } from './bench/aggregate.mjs';
import { cameraFrameLine, measureCameraFrame } from './bench/camera-frame.mjs';
import { casePackageLine, measureCasePackage } from './bench/case-package.mjs';
import { measureHeavyFile } from './bench/heavy-file.mjs';
import { lazyBytesPerView, loadApp, measureSave, SIZES, scenarios } from './bench/loads.mjs';
import { longListsLines, measureLongLists, writeLongSection } from './bench/long-lists.mjs';
import { references } from './bench/references.mjs';
import { printReport } from './bench/report.mjs';
import { firstPageBytes, inRounds, kb, median, mediansOf, r1 } from './bench/util.mjs';
import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH as CHROMIUM } from './chromium.mjs';
import { generateFramework } from './generate-framework.mjs';
import { serve } from './static-server.mjs';

const opt = { runs: 5, throttle: 4, references: '38' };
for (const a of process.argv.slice(2)) {
  const m = /^--(runs|throttle|references)=(.*)$/.exec(a);
  if (m) opt[m[1]] = m[1] === 'references' ? m[2] : Number(m[2]);
}
const bin = (name) => resolve('node_modules/.bin', name);

function build() {
  mkdirSync('.bench/frameworks', { recursive: true });
  for (const n of SIZES) writeFileSync(`.bench/frameworks/bench-${n}.yaml`, generateFramework(n));
  writeLongSection('.bench/frameworks');
  execFileSync(bin('vite'), ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync(bin('vite'), ['build', '--mode', 'bench', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, EXTRA_FRAMEWORKS: '.bench/frameworks' },
  });
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`No Chromium at ${CHROMIUM}: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  build();
  const firstPage = firstPageBytes('dist');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const app = await serve({ root: resolve('.bench/dist') });
  // Per view from the build without a service worker, which would fetch everything at once.
  const lazyByView = await lazyBytesPerView(browser, app.url, resolve('.bench/dist'));
  const refs = await references(browser, opt);
  const samples = await inRounds(
    [
      ...scenarios.map((s) => () => loadApp(browser, `${app.url}?lng=en${s.url}`, s, opt.throttle)),
      ...refs.map((r) => r.load),
    ],
    opt.runs,
  );
  const loads = scenarios.map((s, k) => ({
    scenario: s.label,
    ...mediansOf(samples[k] ?? [], [
      'fcpMs',
      'readyMs',
      'shownMs',
      'clickMs',
      'interactionMs',
      'longestTaskMs',
    ]),
  }));
  const refRows = refs.map((r, j) => ({
    name: r.name,
    items: r.items,
    firstPageGzip: r.firstPageGzip,
    ...mediansOf(samples[scenarios.length + j] ?? [], ['fcpMs', 'readyMs', 'clickMs']),
  }));
  for (const r of refs) await r.close();
  const saveSamples = await measureSave(browser, app.url, opt);
  const heavyFile = await measureHeavyFile(browser, app.url, opt);
  const casePackage = await measureCasePackage(browser, app.url, { runs: opt.runs });
  const aggregate = await measureAggregate(browser, opt);
  const cameraFrame = await measureCameraFrame(browser, opt);
  const longLists = await measureLongLists(browser, app.url, opt);
  await app.close();
  await browser.close();

  const json = {
    chromium: execFileSync(CHROMIUM, ['--version']).toString().trim(),
    throttle: opt.throttle,
    runs: opt.runs,
    firstPage,
    lazyByView,
    loads,
    save: {
      setAnswersMs: r1(median(saveSamples.map((s) => s.setMs))),
      writeMs: r1(median(saveSamples.map((s) => s.flushMs))),
      storedKB: Number(kb(saveSamples[0]?.bytes ?? 0)),
    },
    heavyFile,
    casePackage,
    aggregate,
    cameraFrame,
    longLists,
    references: refRows,
  };
  printReport(json);
  console.log(casePackageLine(casePackage));
  console.log(aggregateLine(aggregate));
  console.log(cameraFrameLine(cameraFrame));
  console.log(longListsLines(longLists));
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/results.json', `${JSON.stringify(json, null, 2)}\n`);
  console.log('\nJSON: .bench/results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
