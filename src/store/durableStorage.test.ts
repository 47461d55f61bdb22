import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment } from '../domain/assessment/model.ts';
import { EMPTY_STATE, STORAGE_VERSION, serializeState } from '../domain/assessment/persisted.ts';
import { createDurableStorage, type Recovered, type SaveStatus } from './durableStorage.ts';

/** A Storage in memory whose methods are spies; `failWrites` makes setItem throw like a full quota. */
class FakeStorage implements Storage {
  data = new Map<string, string>();
  failWrites: DOMException | null = null;
  get length() {
    return this.data.size;
  }
  key = (i: number) => [...this.data.keys()][i] ?? null;
  getItem = vi.fn((k: string) => this.data.get(k) ?? null);
  setItem = vi.fn((k: string, v: string) => {
    if (this.failWrites) throw this.failWrites;
    this.data.set(k, v);
  });
  removeItem = vi.fn((k: string) => void this.data.delete(k));
  clear = () => this.data.clear();
}

const KEY = 'csa.assessments';
const quota = () => new DOMException('full', 'QuotaExceededError');
const one = createAssessment({ frameworkId: 'f', frameworkVersion: '1', title: 'T' }, 1000, 'a1');
const stateWith = (...list: (typeof one)[]) => ({
  ...EMPTY_STATE,
  assessments: Object.fromEntries(list.map((a) => [a.id, a])),
});

let fake: FakeStorage;
let statuses: SaveStatus[];
let recovered: Recovered[];
let clock: number;

function make() {
  return createDurableStorage({
    storage: () => fake,
    debounceMs: 100,
    retryMs: 1000,
    now: () => clock,
    onStatus: (s) => statuses.push(s),
    onRecovered: (r) => recovered.push(r),
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  fake = new FakeStorage();
  statuses = [];
  recovered = [];
  clock = 5000;
});
afterEach(() => vi.useRealTimers());

describe('durable storage: reading', () => {
  it('returns nothing for an empty storage', () => {
    expect(make().getItem(KEY)).toBeNull();
  });

  it('returns the stored state at the current version', () => {
    fake.data.set(KEY, serializeState(stateWith(one)));
    expect(make().getItem(KEY)).toEqual({ state: stateWith(one), version: STORAGE_VERSION });
  });

  it('keeps unreadable data under a backup key before anything can overwrite it', () => {
    fake.data.set(KEY, '{not json');
    expect(make().getItem(KEY)).toBeNull();
    expect(fake.data.get(`${KEY}.backup.5000`)).toBe('{not json');
    expect(recovered).toEqual([
      { key: `${KEY}.backup.5000`, reason: 'unreadable', detail: 'not valid JSON', at: 5000 },
    ]);
  });

  it('keeps data from a newer version under a backup key', () => {
    const newer = JSON.stringify({ state: { assessments: {} }, version: STORAGE_VERSION + 1 });
    fake.data.set(KEY, newer);
    expect(make().getItem(KEY)).toBeNull();
    expect(fake.data.get(`${KEY}.backup.5000`)).toBe(newer);
    expect(recovered[0]?.reason).toBe('newer');
  });

  it('keeps the valid assessments of partly broken data, and the original under a backup key', () => {
    const text = JSON.stringify({
      state: { assessments: { a1: one, bad: { id: 'bad' } }, deleted: {} },
      version: 1,
    });
    fake.data.set(KEY, text);
    expect(make().getItem(KEY)?.state.assessments).toEqual({ a1: one });
    expect(fake.data.get(`${KEY}.backup.5000`)).toBe(text);
    expect(recovered[0]).toMatchObject({ reason: 'repaired', detail: 'assessments.bad' });
  });

  it('refuses to write at all when unreadable data could not be backed up', () => {
    fake.data.set(KEY, 'garbage');
    fake.failWrites = quota();
    const storage = make();
    expect(storage.getItem(KEY)).toBeNull();
    fake.failWrites = null;
    storage.setItem(KEY, { state: stateWith(one), version: 1 });
    expect(storage.flush()).toBe(false);
    expect(fake.data.get(KEY)).toBe('garbage');
    expect(statuses.at(-1)).toMatchObject({ kind: 'error', error: 'blocked' });
    expect(recovered[0]?.key).toBe(KEY);
  });

  it('reports storage that cannot be reached', () => {
    const storage = createDurableStorage({
      storage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      onStatus: (s) => statuses.push(s),
    });
    expect(storage.getItem(KEY)).toBeNull();
    expect(statuses.at(-1)).toMatchObject({ kind: 'error', error: 'unavailable' });
  });
});

describe('durable storage: writing', () => {
  it('writes after a short pause, not on every change', () => {
    const storage = make();
    storage.setItem(KEY, { state: stateWith(one), version: 1 });
    storage.setItem(KEY, { state: stateWith(one), version: 1 });
    expect(fake.setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(fake.setItem).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toEqual({ kind: 'saved', at: 5000 });
  });

  it('writes at once on flush', () => {
    const storage = make();
    storage.setItem(KEY, { state: stateWith(one), version: 1 });
    expect(storage.flush()).toBe(true);
    expect(JSON.parse(fake.data.get(KEY) ?? '')).toEqual({ state: stateWith(one), version: STORAGE_VERSION });
    expect(storage.hasPendingChanges()).toBe(false);
  });

  it('reports a full quota, keeps the change pending and retries until it is saved', () => {
    const storage = make();
    fake.failWrites = quota();
    storage.setItem(KEY, { state: stateWith(one), version: 1 });
    expect(() => vi.advanceTimersByTime(100)).not.toThrow();
    expect(statuses.at(-1)).toMatchObject({ kind: 'error', error: 'quota' });
    expect(storage.hasPendingChanges()).toBe(true);
    fake.failWrites = null;
    vi.advanceTimersByTime(1000);
    expect(statuses.at(-1)).toMatchObject({ kind: 'saved' });
    expect(fake.data.has(KEY)).toBe(true);
  });

  it('merges with what another tab wrote meanwhile instead of overwriting it', () => {
    const mine = {
      ...one,
      answers: { x: { current: 1, target: 2, notApplicable: false, note: '', updatedAt: 10 } },
    };
    const theirs = {
      ...one,
      answers: { y: { current: 3, target: 4, notApplicable: false, note: '', updatedAt: 20 } },
    };
    fake.data.set(KEY, serializeState(stateWith(theirs)));
    const storage = make();
    storage.setItem(KEY, { state: stateWith(mine), version: 1 });
    storage.flush();
    const saved = JSON.parse(fake.data.get(KEY) ?? '').state.assessments.a1.answers;
    expect(Object.keys(saved).sort()).toEqual(['x', 'y']);
  });

  it('backs up unreadable data found at write time before replacing it', () => {
    const storage = make();
    fake.data.set(KEY, 'written by something else');
    storage.setItem(KEY, { state: EMPTY_STATE, version: 1 });
    storage.flush();
    expect(fake.data.get(`${KEY}.backup.5000`)).toBe('written by something else');
    expect(JSON.parse(fake.data.get(KEY) ?? '').version).toBe(STORAGE_VERSION);
  });
});
