import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserData } from '../domain/assessment/merge.ts';
import { createAssessment, withAnswer } from '../domain/assessment/model.ts';
import { EMPTY_STATE, STORAGE_VERSION, serializeState } from '../domain/assessment/persisted.ts';
import { MAX_BACKUPS } from './backups.ts';
import { createDurableStorage, type SaveStatus } from './durableStorage.ts';
import { FakeStorage, quotaError } from './fakeStorage.testing.ts';

const KEY = 'csa.assessments';
const BACKUPS = `${KEY}.backup.`;
const one = createAssessment({ frameworkId: 'f', frameworkVersion: '1', title: 'T' }, 1000, 'a1');
const stateWith = (...list: (typeof one)[]): UserData => ({
  ...EMPTY_STATE,
  assessments: Object.fromEntries(list.map((a) => [a.id, a])),
});
const stored = () => JSON.parse(fake.data.get(KEY) ?? 'null');

let fake: FakeStorage;
let statuses: SaveStatus[];
let clock: number;

function make(options: { formatVersion?: number; afterPaint?: (write: () => void) => void } = {}) {
  return createDurableStorage({
    storage: () => fake,
    delayMs: 100,
    retryMs: 1000,
    now: () => clock,
    onStatus: (s) => statuses.push(s),
    ...options,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  fake = new FakeStorage();
  statuses = [];
  clock = 5000;
});
afterEach(() => vi.useRealTimers());

describe('durable storage: reading', () => {
  it('returns an empty state for an empty storage', () => {
    expect(make().getItem(KEY)).toEqual({ state: EMPTY_STATE, version: STORAGE_VERSION });
  });

  it('returns the stored state at the current version', () => {
    fake.data.set(KEY, serializeState(stateWith(one)));
    expect(make().getItem(KEY)).toEqual({ state: stateWith(one), version: STORAGE_VERSION });
  });

  it('keeps unreadable data aside byte for byte, once however often it is read', () => {
    fake.data.set(KEY, '{not json');
    expect(make().getItem(KEY)).toEqual({ state: EMPTY_STATE, version: STORAGE_VERSION });
    clock += 1000;
    make().getItem(KEY);
    const kept = fake.keysWith(BACKUPS);
    expect(kept).toHaveLength(1);
    expect(fake.data.get(kept[0] ?? '')).toBe('{not json');
  });

  it('keeps the valid assessments of partly broken data, and the original aside', () => {
    const text = JSON.stringify({ state: { assessments: { a1: one, bad: { id: 'bad' } } }, version: 1 });
    fake.data.set(KEY, text);
    const storage = make();
    expect(storage.getItem(KEY)?.state.assessments).toEqual({ a1: one });
    expect(storage.backups()).toMatchObject([{ reason: 'repaired', seen: false }]);
    expect(storage.readBackup(storage.backups()[0]?.key ?? '')).toBe(text);
  });

  it('neither backs up nor writes over data of a newer version, and says so', () => {
    const newer = serializeState(stateWith(one), STORAGE_VERSION + 1);
    fake.data.set(KEY, newer);
    const storage = make();
    expect(storage.getItem(KEY)).toBeNull();
    storage.setItem(KEY, { state: EMPTY_STATE, version: STORAGE_VERSION });
    expect(storage.flush()).toBe(false);
    expect(fake.data.get(KEY)).toBe(newer);
    expect(fake.keysWith(BACKUPS)).toEqual([]);
    expect(statuses.at(-1)).toMatchObject({ kind: 'error', error: 'newer' });
  });

  it('stops writing once a newer version has written, and reads what it wrote', () => {
    const older = make();
    older.getItem(KEY);
    const newer = make({ formatVersion: STORAGE_VERSION + 1 });
    newer.getItem(KEY);
    newer.setItem(KEY, { state: stateWith(one), version: STORAGE_VERSION + 1 });
    newer.flush();
    older.setItem(KEY, { state: EMPTY_STATE, version: STORAGE_VERSION });
    expect(older.flush()).toBe(false);
    expect(stored().version).toBe(STORAGE_VERSION + 1);
    expect(stored().state.assessments.a1).toEqual(one);
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

describe('durable storage: backups', () => {
  it('keeps at most a bounded number, making room only from those the user has seen', () => {
    const storage = make();
    for (let i = 0; i < MAX_BACKUPS + 2; i++) {
      clock += 1;
      fake.data.set(KEY, `garbage ${i}`);
      storage.getItem(KEY);
      if (i === 1) storage.markBackupsSeen(storage.backups().map((b) => b.key));
    }
    expect(fake.keysWith(BACKUPS)).toHaveLength(MAX_BACKUPS);
    // The first two were seen and made room; the five unseen ones are all kept.
    expect(storage.backups().map((b) => storage.readBackup(b.key))).toEqual(
      [2, 3, 4, 5, 6].map((i) => `garbage ${i}`),
    );
  });

  it('pauses saving when unreadable data cannot be kept aside, and saves over it once the user has it', () => {
    fake.data.set(KEY, 'garbage');
    fake.failWrites = quotaError();
    const storage = make();
    storage.getItem(KEY);
    fake.failWrites = null;
    storage.setItem(KEY, { state: stateWith(one), version: STORAGE_VERSION });
    expect(storage.flush()).toBe(false);
    expect(fake.data.get(KEY)).toBe('garbage');
    expect(statuses.at(-1)).toMatchObject({ kind: 'error', error: 'blocked' });
    expect(storage.readBackup(KEY)).toBe('garbage');
    expect(storage.overwriteUnreadable()).toBe(true);
    expect(stored().state.assessments.a1).toEqual(one);
  });

  it('removes a backup on request', () => {
    fake.data.set(KEY, 'garbage');
    const storage = make();
    storage.getItem(KEY);
    storage.removeBackup(storage.backups()[0]?.key ?? '');
    expect(storage.backups()).toEqual([]);
    expect(fake.keysWith(BACKUPS)).toEqual([]);
  });
});

describe('durable storage: writing', () => {
  it('writes right after the next paint', () => {
    let paint: (() => void) | undefined;
    const storage = make({ afterPaint: (write) => (paint = write) });
    storage.setItem(KEY, { state: stateWith(one), version: STORAGE_VERSION });
    storage.setItem(KEY, { state: stateWith(one), version: STORAGE_VERSION });
    expect(fake.setItem).not.toHaveBeenCalled();
    paint?.();
    expect(fake.setItem).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toEqual({ kind: 'saved', at: 5000 });
  });

  it('writes after a short delay when no paint comes (a hidden page)', () => {
    const storage = make();
    storage.setItem(KEY, { state: stateWith(one), version: STORAGE_VERSION });
    vi.advanceTimersByTime(100);
    expect(fake.setItem).toHaveBeenCalledTimes(1);
  });

  it('writes at once on flush', () => {
    const storage = make();
    storage.setItem(KEY, { state: stateWith(one), version: STORAGE_VERSION });
    expect(storage.flush()).toBe(true);
    expect(stored()).toEqual({ state: stateWith(one), version: STORAGE_VERSION });
    expect(storage.hasPendingChanges()).toBe(false);
  });

  it('reports a full quota, keeps the change pending and retries until it is saved', () => {
    const storage = make();
    fake.failWrites = quotaError();
    storage.setItem(KEY, { state: stateWith(one), version: STORAGE_VERSION });
    expect(() => vi.advanceTimersByTime(100)).not.toThrow();
    expect(statuses.at(-1)).toMatchObject({ kind: 'error', error: 'quota' });
    expect(storage.hasPendingChanges()).toBe(true);
    fake.failWrites = null;
    vi.advanceTimersByTime(1000);
    expect(statuses.at(-1)).toMatchObject({ kind: 'saved' });
    expect(fake.data.has(KEY)).toBe(true);
  });

  it('keeps what another tab wrote meanwhile', () => {
    const storage = make();
    storage.getItem(KEY);
    fake.data.set(KEY, serializeState(stateWith(withAnswer(one, 'y', { current: 3 }, 20))));
    storage.setItem(KEY, { state: stateWith(withAnswer(one, 'x', { current: 1 }, 10)), version: 2 });
    storage.flush();
    expect(Object.keys(stored().state.assessments.a1.answers).sort()).toEqual(['x', 'y']);
  });

  it('keeps an edit of an answer whose stored time is hours ahead', () => {
    const ahead = withAnswer(one, 'x', { current: 1 }, clock + 3_600_000);
    fake.data.set(KEY, serializeState(stateWith(ahead)));
    const storage = make();
    storage.getItem(KEY);
    storage.setItem(KEY, { state: stateWith(withAnswer(ahead, 'x', { current: 4 }, clock)), version: 2 });
    storage.flush();
    expect(stored().state.assessments.a1.answers.x.current).toBe(4);
  });

  it('keeps unreadable data found at write time aside before replacing it', () => {
    const storage = make();
    storage.getItem(KEY);
    fake.data.set(KEY, 'written by something else');
    storage.setItem(KEY, { state: EMPTY_STATE, version: STORAGE_VERSION });
    storage.flush();
    expect(storage.readBackup(storage.backups()[0]?.key ?? '')).toBe('written by something else');
    expect(stored().version).toBe(STORAGE_VERSION);
  });
});
