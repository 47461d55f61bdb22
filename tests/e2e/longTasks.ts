// Long tasks as the page hears them (PerformanceObserver 'longtask', buffered).
// A browser that reports none (the entry type unsupported, the observer never
// registered) would read 0 and pass any bound, so `longTasksHeard` runs a task
// known to be long in the page and waits until the record holds it. The
// bounds are generous, machines vary: timings are the bench's (docs/performance.md).
import { expect, type Page } from '@playwright/test';

interface LongTask {
  start: number;
  duration: number;
}
type Recorded = { longTasks?: LongTask[] };

/** A long task of the page's own, to prove the record hears one (50 ms makes a task long). */
const PROBE_MS = 120;

function register() {
  const w = window as unknown as Recorded;
  if (w.longTasks) return;
  const tasks: LongTask[] = [];
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  w.longTasks = tasks;
}

/** Records the long tasks of each document the page opens, from its start. */
export const recordLongTasks = (page: Page) => page.addInitScript(register);

/**
 * Records the long tasks of the page's document (if not already), runs a task of
 * PROBE_MS and waits until the record holds it; fails when it never does, so a
 * figure read from the record (before or after) is heard, not a silent 0.
 * Returns the page's clock after the probe, which no figure after it includes.
 */
export async function longTasksHeard(page: Page): Promise<number> {
  await page.evaluate(register);
  const supported = await page.evaluate(() => Array.isArray((window as unknown as Recorded).longTasks));
  expect(supported, 'the page reports long tasks (PerformanceObserver "longtask")').toBe(true);
  // A task of the page's own (what the evaluation itself runs in is not reported).
  const probe = await page.evaluate(
    (ms) =>
      new Promise<{ start: number; end: number }>((done) =>
        setTimeout(() => {
          const start = performance.now();
          while (performance.now() - start < ms) {
            // busy on purpose: one long task
          }
          done({ start, end: performance.now() });
        }, 0),
      ),
    PROBE_MS,
  );
  const heard = () =>
    page.evaluate(
      ({ start, end }) =>
        ((window as unknown as Recorded).longTasks ?? []).some(
          (x) => x.start <= end && x.start + x.duration >= start,
        ),
      probe,
    );
  await expect.poll(heard, { message: 'the probe task is heard as a long task' }).toBe(true);
  return probe.end;
}

const longTasksSince = (page: Page, since: number) =>
  page.evaluate((t) => ((window as unknown as Recorded).longTasks ?? []).filter((x) => x.start >= t), since);

/** The longest task that started at or after `since` (the page's clock), 0 when none. */
export const longestTaskSince = async (page: Page, since: number) =>
  Math.max(0, ...(await longTasksSince(page, since)).map((x) => x.duration));

/** The time spent in long tasks that started at or after `since`: how busy the page still is. */
export const busySince = async (page: Page, since: number) =>
  (await longTasksSince(page, since)).reduce((sum, x) => sum + x.duration, 0);
