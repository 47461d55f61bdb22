// The bench's printed table, from the figures scripts/bench.mjs collected.
import { heavyFileLine } from './heavy-file.mjs';
import { kb, r1, table } from './util.mjs';

export function printReport({
  chromium,
  throttle,
  runs,
  firstPage: first,
  lazyByView,
  loads,
  save,
  heavyFile,
  references: refRows,
}) {
  console.log(
    `\n${chromium}, CPU throttle ${throttle}x, median of ${runs} fresh loads (rounds taken in turn, after a warm-up)\n`,
  );
  console.log(
    `First page (JS + CSS, gzip): ${kb(first.total)} KB (JS ${kb(first.js)}, CSS ${kb(first.css)}); budget 120 KB`,
  );
  console.log('Loaded lazily, by view (gzip KB):');
  console.log(table([['view', 'KB'], ...Object.entries(lazyByView).map(([v, b]) => [v, kb(b)])]));
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
      ...loads.map((r) => [
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
  if (!refRows.length) {
    console.log('\nReference builds: not measured (no ../shared/perf, or --references=none).');
    return;
  }
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
  const ours = { 38: loads[0], 500: loads[2], 2000: loads[3] };
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
}
