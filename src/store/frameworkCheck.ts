// Checking a framework file a user hands in, off the main thread: in a Web
// Worker with a time limit, so the page keeps answering while a large file is
// read, and a hostile one is stopped instead of freezing the tab. Where no
// worker can start (a browser or policy that refuses it), the check runs here.
import type { CaseChoice } from '../domain/exchange/caseChoice.ts';
import type { FrameworkFileResult } from '../domain/exchange/readFrameworkFile.ts';
import { LIMITS } from '../domain/framework/limits.ts';
import { formatMessage } from '../domain/framework/problems.ts';
import type { CheckRequest } from './frameworkCheck.worker.ts';

/** How long a check may take before its worker is stopped. */
export const CHECK_TIME_LIMIT_MS = 10_000;

export type CheckOutcome =
  | FrameworkFileResult
  /** Not checked: `slow` when it ran over the time limit, `failed` when the worker broke down. */
  | { ok: false; unchecked: 'slow' | 'failed' };

export interface CheckOptions {
  timeLimitMs?: number;
  /** Aborting stops the check (its worker too); the promise then never settles. */
  signal?: AbortSignal;
  /** For a CASE package: what to rate (none: the default). */
  choice?: CaseChoice | undefined;
  /** For tests: makes the worker (may throw, or return null when none can be made). */
  createWorker?: () => Promise<Worker | null>;
}

/**
 * A file too large by its size alone, refused before it is read (a huge file is never loaded).
 * The bound is a CASE package's: a framework file's own, smaller limit is checked when it is read.
 */
export function refusedBySize(size: number, fileName: string): FrameworkFileResult | null {
  if (size <= LIMITS.packageBytes + 3) return null; // a byte-order mark is not counted
  const params = { size, limit: LIMITS.packageBytes };
  const message = formatMessage('file-too-large', params);
  return {
    ok: false,
    problems: [{ file: fileName, line: 1, col: 1, path: '', code: 'file-too-large', params, message }],
  };
}

type FromWorker = { kind: 'ready' } | { kind: 'result'; result: FrameworkFileResult };

/** The worker, bundled with the app; in the one-file build inlined (started from a blob: URL). */
async function bundledWorker(): Promise<Worker | null> {
  const Make =
    import.meta.env.MODE === 'single'
      ? (await import('./frameworkCheck.worker.ts?worker&inline')).default
      : (await import('./frameworkCheck.worker.ts?worker')).default;
  return new Make({ name: 'framework-check' });
}

/** The same check on the main thread: no time limit, but after a paint, so "checking" shows first. */
async function checkHere(text: string, fileName: string, choice?: CaseChoice): Promise<FrameworkFileResult> {
  const { readFrameworkFile } = await import('../domain/exchange/readFrameworkFile.ts');
  await new Promise((done) => setTimeout(done, 50));
  return readFrameworkFile(text, fileName, choice);
}

/** Reads and checks `text` (named `fileName` in every message). Never rejects. */
export async function checkFrameworkFile(
  text: string,
  fileName: string,
  { timeLimitMs = CHECK_TIME_LIMIT_MS, signal, choice, createWorker = bundledWorker }: CheckOptions = {},
): Promise<CheckOutcome> {
  let worker: Worker | null = null;
  try {
    worker = await createWorker();
  } catch {
    worker = null;
  }
  if (!worker) return checkHere(text, fileName, choice);
  const running = worker;
  return new Promise<CheckOutcome>((resolve) => {
    let ready = false;
    const finish = (outcome: CheckOutcome | null) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      running.terminate();
      if (outcome) resolve(outcome);
    };
    const abort = () => finish(null);
    const timer = setTimeout(() => finish({ ok: false, unchecked: 'slow' }), timeLimitMs);
    signal?.addEventListener('abort', abort, { once: true });
    if (signal?.aborted) abort();
    running.onmessage = (event: MessageEvent<FromWorker>) => {
      if (event.data.kind === 'ready') ready = true;
      else finish(event.data.result);
    };
    running.onerror = (event) => {
      event.preventDefault();
      if (ready) {
        finish({ ok: false, unchecked: 'failed' });
        return;
      }
      // The worker could not start at all (refused, or its code did not load): check here.
      finish(null);
      if (!signal?.aborted) void checkHere(text, fileName, choice).then(resolve);
    };
    running.onmessageerror = () => finish({ ok: false, unchecked: 'failed' });
    const request: CheckRequest = { text, fileName, ...(choice ? { choice } : {}) };
    running.postMessage(request);
  });
}
