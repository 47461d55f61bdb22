// Two or more builds of the app measured in turn, in one run, on the
// questionnaire loads of the bench (scripts/bench/loads.mjs): each round loads
// every scenario from every build once, the builds' order turning from round
// to round, so that a slower spell of a shared machine falls on all alike.
// Prints, per scenario and build, the median and the spread (lowest-highest)
// of click-to-paint, the first rating control, the section shown, the longest
// task and FCP, and each build's first-page bytes. Each folder is a bench
// build (`vite build --mode bench` with EXTRA_FRAMEWORKS=.bench/frameworks):
//   node scripts/bench/compare.mjs [--runs=7 --throttle=4 --scenarios=0,3 --out=file.json] name=dist-folder ...
// With --latency=ms (and --down=, --up= in kbit/s, 4000 and 1500 unless given) every
// load goes through Chromium's emulated network (the loopback server has no round
// trip of its own), e.g. --latency=150: what a mobile connection adds to each request.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { serve } from '../static-server.mjs';
import { scenarios as allScenarios, loadApp } from './loads.mjs';
import { firstPageBytes, kb, median, r1, spread, table } from './util.mjs';

const FIGURES = [
  ['clickMs', 'click-to-paint'],
  ['readyMs', 'first rating control'],
  ['shownMs', 'section shown'],
  ['longestTaskMs', 'longest task'],
  ['fcpMs', 'FCP'],
];

const opt = { runs: 7, throttle: 4, scenarios: '0,3', out: '', latency: 0, down: 4000, up: 1500 };
const NUMBERS = ['runs', 'throttle', 'latency', 'down', 'up'];
const builds = [];
for (const a of process.argv.slice(2)) {
  const m = /^--(runs|throttle|scenarios|out|latency|down|up)=(.*)$/.exec(a);
  if (m) opt[m[1]] = NUMBERS.includes(m[1]) ? Number(m[2]) : m[2];
  else if (/^[^=]+=.+$/.test(a)) {
    const [name, dir] = [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)];
    builds.push({ name, dir: resolve(dir) });
  }
}
if (builds.length < 1) {
  console.error('usage: node scripts/bench/compare.mjs [--runs=7] name=dist-folder [name=dist-folder ...]');
  process.exit(2);
}
const scenarios = opt.scenarios.split(',').map((i) => allScenarios[Number(i)]);
// kbit/s to bytes per second, as the DevTools protocol takes them.
const network = opt.latency
  ? { latency: opt.latency, download: (opt.down * 1000) / 8, upload: (opt.up * 1000) / 8 }
  : undefined;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const b of builds) {
  b.server = await serve({ root: b.dir });
  b.bytes = firstPageBytes(b.dir).total;
  b.samples = scenarios.map(() => []);
}
const once = (b, k) =>
  loadApp(browser, `${b.server.url}?lng=en${scenarios[k].url}`, scenarios[k], opt.throttle, network);
// A warm-up load of each, then the rounds.
for (const b of builds) for (const k of scenarios.keys()) await once(b, k);
for (let round = 0; round < opt.runs; round++) {
  for (const k of scenarios.keys()) {
    for (let j = 0; j < builds.length; j++) {
      const b = builds[(j + round) % builds.length];
      b.samples[k].push(await once(b, k));
    }
  }
  process.stderr.write(`round ${round + 1}/${opt.runs}\n`);
}
await browser.close();
for (const b of builds) await b.server.close();

const result = { throttle: opt.throttle, runs: opt.runs, network: network ?? null, builds: [] };
const net = network ? `, network ${opt.latency} ms latency, ${opt.down}/${opt.up} kbit/s` : '';
console.log(`\nCPU throttle ${opt.throttle}x${net}, ${opt.runs} rounds, median (lowest-highest) in ms\n`);
for (const [k, s] of scenarios.entries()) {
  console.log(s.label);
  const rows = [['build', ...FIGURES.map(([, label]) => label), 'first page KB']];
  for (const b of builds) {
    const xs = b.samples[k];
    rows.push([
      b.name,
      ...FIGURES.map(([f]) => `${r1(median(xs.map((x) => x[f])))} (${spread(xs.map((x) => x[f]))})`),
      kb(b.bytes),
    ]);
  }
  console.log(`${table(rows)}\n`);
}
for (const b of builds)
  result.builds.push({
    name: b.name,
    firstPageBytes: b.bytes,
    scenarios: scenarios.map((s, k) => ({ scenario: s.label, samples: b.samples[k] })),
  });
if (opt.out) writeFileSync(opt.out, `${JSON.stringify(result, null, 2)}\n`);
