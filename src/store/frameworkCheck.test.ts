import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrameworkFile } from '../domain/exchange/readFrameworkFile.ts';
import { checkFrameworkFile, refusedBySize } from './frameworkCheck.ts';

const example = readFileSync('public/example-framework.yaml', 'utf8');

/** A stand-in for the worker: `behave` decides what it does with the request. */
class FakeWorker {
  terminated = false;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  constructor(private behave: (w: FakeWorker, request: { text: string; fileName: string }) => void) {}
  postMessage(request: { text: string; fileName: string }) {
    setTimeout(() => this.behave(this, request), 0);
  }
  send(data: unknown) {
    if (!this.terminated) this.onmessage?.({ data });
  }
  fail() {
    if (!this.terminated) this.onerror?.({ preventDefault() {} });
  }
  terminate() {
    this.terminated = true;
  }
}

const using = (worker: FakeWorker) => ({ createWorker: async () => worker as unknown as Worker });

describe('checking a framework file off the main thread', () => {
  it('gives the worker’s result and stops the worker', async () => {
    const worker = new FakeWorker((w, r) => {
      w.send({ kind: 'ready' });
      w.send({ kind: 'result', result: readFrameworkFile(r.text, r.fileName) });
    });
    const outcome = await checkFrameworkFile(example, 'example.yaml', using(worker));
    expect(outcome).toEqual(readFrameworkFile(example, 'example.yaml'));
    expect(worker.terminated).toBe(true);
  });

  it('stops a check that runs over the time limit and says so', async () => {
    const worker = new FakeWorker((w) => w.send({ kind: 'ready' }));
    const outcome = await checkFrameworkFile(example, 'slow.yaml', { ...using(worker), timeLimitMs: 30 });
    expect(outcome).toEqual({ ok: false, unchecked: 'slow' });
    expect(worker.terminated).toBe(true);
  });

  it('reports a worker that breaks down while checking', async () => {
    const worker = new FakeWorker((w) => {
      w.send({ kind: 'ready' });
      w.fail();
    });
    expect(await checkFrameworkFile(example, 'x.yaml', using(worker))).toEqual({
      ok: false,
      unchecked: 'failed',
    });
  });

  it('checks on the main thread where no worker can start', async () => {
    const expected = readFrameworkFile(example, 'example.yaml');
    const refused = new FakeWorker((w) => w.fail());
    expect(await checkFrameworkFile(example, 'example.yaml', using(refused))).toEqual(expected);
    expect(refused.terminated).toBe(true);
    const throwing = async () => {
      throw new Error('SecurityError');
    };
    expect(await checkFrameworkFile(example, 'example.yaml', { createWorker: throwing })).toEqual(expected);
    expect(await checkFrameworkFile(example, 'example.yaml', { createWorker: async () => null })).toEqual(
      expected,
    );
  });

  it('stops the worker when the check is given up', async () => {
    const worker = new FakeWorker((w) => w.send({ kind: 'ready' }));
    const controller = new AbortController();
    let settled = false;
    void checkFrameworkFile(example, 'x.yaml', { ...using(worker), signal: controller.signal }).then(() => {
      settled = true;
    });
    await new Promise((done) => setTimeout(done, 10));
    controller.abort();
    await new Promise((done) => setTimeout(done, 10));
    expect(worker.terminated).toBe(true);
    expect(settled).toBe(false);
  });

  it('refuses a file too large by its size before reading it', () => {
    expect(refusedBySize(2 * 1024 * 1024, 'ok.yaml')).toBeNull();
    const refused = refusedBySize(50_000_000, 'huge.yaml');
    expect(refused?.ok === false && refused.problems.map((p) => [p.file, p.code])).toEqual([
      ['huge.yaml', 'file-too-large'],
    ]);
  });
});
