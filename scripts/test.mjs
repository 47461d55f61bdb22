// npm test: every test. Unit tests (vitest), then browser tests (Playwright
// driving Debian's Chromium) on the built app. Ends with one line:
//   tests: N passed, N failed, N skipped
// Without Chromium the browser tests are skipped, loudly; with E2E_REQUIRED=1
// a missing browser is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const required = process.env.E2E_REQUIRED === '1';
const bin = (name) => `node_modules/.bin/${name}`;
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function run(cmd, args, env = {}) {
  const result = spawnSync(bin(cmd), args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Titles of the browser tests that failed first and passed on a retry. */
function flakyTitles(suites) {
  const titles = [];
  for (const suite of suites) {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        if (test.status === 'flaky') titles.push(`${spec.file}:${spec.line} ${spec.title}`);
    titles.push(...flakyTitles(suite.suites ?? []));
  }
  return titles;
}

mkdirSync('test-results', { recursive: true });

// Unit tests
rmSync('test-results/unit.json', { force: true });
const unitStatus = run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (unitStatus !== 0 && (!unit || unit.numFailedTests === 0)) broken = true;

// Browser tests
if (!existsSync(CHROMIUM)) {
  const banner = '!'.repeat(72);
  console.error(`\n${banner}\n  BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}.`);
  console.error('  Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)');
  console.error(`  Only the unit tests ran.\n${banner}\n`);
  if (required) {
    console.error('E2E_REQUIRED=1: a missing browser is a failure.');
    totals.failed += 1;
  }
} else {
  let buildStatus = run('vite', ['build', '--logLevel', 'warn']);
  if (buildStatus === 0) buildStatus = run('vite', ['build', '--mode', 'single', '--logLevel', 'warn']);
  if (buildStatus === 0)
    buildStatus =
      spawnSync(process.execPath, ['scripts/csp-single.mjs', 'dist-single/index.html'], { stdio: 'inherit' })
        .status ?? 1;
  if (buildStatus !== 0) {
    console.error('The build failed; browser tests cannot run.');
    totals.failed += 1;
  } else {
    rmSync('test-results/e2e.json', { force: true });
    const e2eStatus = run('playwright', ['test']);
    const e2e = readJson('test-results/e2e.json');
    for (const title of flakyTitles(e2e?.suites ?? [])) console.log(`flaky (passed on retry): ${title}`);
    if (e2e?.stats) {
      totals.passed += e2e.stats.expected + e2e.stats.flaky;
      totals.failed += e2e.stats.unexpected;
      totals.skipped += e2e.stats.skipped;
    }
    if (e2eStatus !== 0 && (!e2e?.stats || e2e.stats.unexpected === 0)) broken = true;
  }
}

if (broken && totals.failed === 0) totals.failed += 1; // a runner failed without reporting a failed test
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
