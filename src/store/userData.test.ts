// The assessments store with its persistence, against a fake storage; one behaviour per test.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_STATE, serializeState } from '../domain/assessment/persisted.ts';
import { createDurableStorage } from './durableStorage.ts';
import { FakeStorage, quotaError } from './fakeStorage.testing.ts';
import { createUserDataStore, STORAGE_KEY } from './userData.ts';

function fakeStorage() {
  const storage = new FakeStorage();
  return Object.assign(storage, {
    setFull: (full: boolean) => (storage.failWrites = full ? quotaError() : null),
  });
}

let clock = 1000;
const tick = () => ++clock;

function makeStore(storage: ReturnType<typeof fakeStorage>) {
  const durable = createDurableStorage({ storage: () => storage, delayMs: 50, now: tick });
  return { store: createUserDataStore(durable, tick), durable };
}

const input = { frameworkId: 'guidance-competences', frameworkVersion: '1', title: 'Spring' };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('assessments store', () => {
  it('migrates a stored version 1 file (fixture) and keeps every answer', () => {
    const storage = fakeStorage();
    storage.data.set(STORAGE_KEY, readFileSync('tests/fixtures/storage/v1.json', 'utf8'));
    const { store } = makeStore(storage);
    const a = store.getState().assessments['3f1c9a52-0c1e-4c55-9b1e-2d0a8f1d6b01'];
    expect(a?.title).toBe('Networking, spring');
    expect(a?.answers['C3.1-k1']).toMatchObject({ current: 2, target: 3, note: 'Ask the team' });
    expect(a?.answers['C3.1-k2']?.notApplicable).toBe(true);
    expect(store.getState().deleted).toEqual({ '0b9f': 1789000000000 });
    expect(store.getState().frameworks).toEqual({});
  });

  it('migrates a stored version 2 file (fixture): every answer kept, no workshops yet', () => {
    const storage = fakeStorage();
    storage.data.set(STORAGE_KEY, readFileSync('tests/fixtures/storage/v2.json', 'utf8'));
    const { store } = makeStore(storage);
    const a = store.getState().assessments['3f1c9a52-0c1e-4c55-9b1e-2d0a8f1d6b01'];
    expect(a?.answers['C3.1-k1']).toMatchObject({ current: 2, target: 3, note: 'Ask the team' });
    expect(a?.exercise).toBeNull();
    expect(store.getState().removedFrameworks).toEqual({ 'old-one': 1789000000500 });
    expect(store.getState().exercises).toEqual({});
  });

  it('migrates a stored version 3 file (fixture): every answer kept, no plan yet', () => {
    const storage = fakeStorage();
    storage.data.set(STORAGE_KEY, readFileSync('tests/fixtures/storage/v3.json', 'utf8'));
    const { store } = makeStore(storage);
    const a = store.getState().assessments['3f1c9a52-0c1e-4c55-9b1e-2d0a8f1d6b01'];
    expect(a?.answers['C3.1-k1']).toMatchObject({ current: 2, target: 3, note: 'Ask the team' });
    expect(a?.plan).toBeNull();
    expect(store.getState().deleted).toEqual({ '0b9f': 1789000000000 });
  });

  it('counts a result once, replaces a changed one, and removes an exercise with its results, with undo', () => {
    const { store } = makeStore(fakeStorage());
    const s = () => store.getState();
    const id = s().createExercise({
      frameworkId: 'f',
      frameworkVersion: '1',
      sections: [],
      level: null,
      language: 'en',
      title: 'W',
    });
    expect(s().addResult(id, 'R1', 'CODE-A')).toBe('added');
    expect(s().addResult(id, 'R1', 'CODE-A')).toBe('duplicate');
    expect(s().addResult(id, 'R1', 'CODE-B')).toBe('updated');
    expect(Object.values(s().workshopResults).map((r) => r.code)).toEqual(['CODE-B']);
    s().removeExercise(id);
    expect([s().exercises[id], Object.keys(s().workshopResults)]).toEqual([undefined, []]);
    s().undoRemoveExercise();
    expect(s().exercises[id]?.title).toBe('W');
    expect(Object.keys(s().workshopResults)).toEqual([`${id}.R1`]);
  });

  it('saves every change, without memory-only state', () => {
    const storage = fakeStorage();
    const { store, durable } = makeStore(storage);
    const id = store.getState().create(input);
    store.getState().setAnswer(id, 'C3.1-k1', { current: 2 });
    durable.flush();
    const saved = JSON.parse(storage.data.get(STORAGE_KEY) ?? '');
    expect(Object.keys(saved.state)).toEqual([
      'assessments',
      'deleted',
      'frameworks',
      'removedFrameworks',
      'exercises',
      'workshopResults',
      'feedbackRequests',
      'feedbackResults',
    ]);
    expect(saved.state.assessments[id].answers['C3.1-k1'].current).toBe(2);
  });

  it('keeps the answer in memory and does not throw when the quota is full', () => {
    const storage = fakeStorage();
    const { store, durable } = makeStore(storage);
    const id = store.getState().create(input);
    storage.setFull(true);
    expect(() => {
      store.getState().setAnswer(id, 'x', { current: 3 });
      vi.advanceTimersByTime(60);
    }).not.toThrow();
    expect(store.getState().assessments[id]?.answers.x?.current).toBe(3);
    expect(durable.hasPendingChanges()).toBe(true);
  });

  it('takes in another tab’s newer answers without losing its own', async () => {
    const storage = fakeStorage();
    const tabA = makeStore(storage);
    const id = tabA.store.getState().create(input);
    tabA.durable.flush();
    const tabB = makeStore(storage);
    tabB.store.getState().setAnswer(id, 'b-item', { current: 1 });
    tabB.durable.flush();
    tabA.store.getState().setAnswer(id, 'a-item', { current: 4 });
    await tabA.store.persist.rehydrate(); // what the storage event triggers
    const answers = tabA.store.getState().assessments[id]?.answers;
    expect(answers?.['a-item']?.current).toBe(4);
    expect(answers?.['b-item']?.current).toBe(1);
    tabA.durable.flush();
    const saved = JSON.parse(storage.data.get(STORAGE_KEY) ?? '').state.assessments[id].answers;
    expect(Object.keys(saved).sort()).toEqual(['a-item', 'b-item']);
  });

  it('does not bring back an assessment another tab deleted', async () => {
    const storage = fakeStorage();
    const tabA = makeStore(storage);
    const id = tabA.store.getState().create(input);
    tabA.durable.flush();
    const tabB = makeStore(storage);
    tabB.store.getState().remove(id);
    tabB.durable.flush();
    await tabA.store.persist.rehydrate();
    expect(tabA.store.getState().assessments[id]).toBeUndefined();
  });

  it('is completed by the answer that answers the last statement it covers, once', () => {
    const { store } = makeStore(fakeStorage());
    const id = store.getState().create(input);
    const covered = ['i1', 'i2'];
    store.getState().setAnswer(id, 'i1', { current: 1, target: 2 }, covered);
    expect(store.getState().assessments[id]?.completedAt).toBeNull();
    store.getState().setAnswer(id, 'i2', { notApplicable: true }, covered);
    const completedAt = store.getState().assessments[id]?.completedAt;
    expect(completedAt).toEqual(expect.any(Number));
    store.getState().setAnswer(id, 'i2', { notApplicable: false }, covered);
    store.getState().setTargets(id, covered, 4, covered);
    expect(store.getState().assessments[id]?.completedAt).toBe(completedAt);
  });

  it('deletes with undo', () => {
    const { store } = makeStore(fakeStorage());
    const id = store.getState().create(input);
    store.getState().remove(id);
    expect(store.getState().assessments[id]).toBeUndefined();
    store.getState().undoRemove();
    expect(store.getState().assessments[id]?.title).toBe('Spring');
  });

  it('rates again: targets and notes carried forward, current levels empty, linked to the earlier one', () => {
    const { store } = makeStore(fakeStorage());
    const id = store.getState().create(input);
    store.getState().setAnswer(id, 'i1', { current: 1, target: 3, note: 'mentor' });
    store.getState().setAnswer(id, 'i2', { current: 2 });
    const next = store.getState().rateAgain(id, 'Autumn') ?? '';
    const a = store.getState().assessments[next];
    expect(a?.previousId).toBe(id);
    expect(a?.title).toBe('Autumn');
    expect(a?.answers).toEqual({
      i1: { current: null, target: 3, notApplicable: false, note: 'mentor', updatedAt: expect.any(Number) },
    });
  });

  it('writes nothing over data of a newer version, however it is changed', () => {
    const storage = fakeStorage();
    const newer = serializeState(EMPTY_STATE, 9);
    storage.data.set(STORAGE_KEY, newer);
    const { store, durable } = makeStore(storage);
    store.getState().create(input);
    expect(durable.flush()).toBe(false);
    expect(storage.data.get(STORAGE_KEY)).toBe(newer);
    expect(durable.newerVersion()).toBe(9);
    expect(storage.keysWith(`${STORAGE_KEY}.backup.`)).toEqual([]);
  });

  it('keeps the earlier version of an added framework when a new version replaces it', () => {
    const { store } = makeStore(fakeStorage());
    const summary = (version: string) => ({
      id: 'own',
      version,
      title: { en: 'Own' },
      subject: 'individual' as const,
      sourceLanguage: 'en',
      languages: ['en'],
      sections: [],
      statements: 0,
      levels: [],
    });
    store.getState().addFramework(summary('1'), 'own.yaml', 'text of version 1');
    store.getState().addFramework(summary('2'), 'own.yaml', 'text of version 2');
    const own = store.getState().frameworks.own;
    expect(own?.version).toBe('2');
    expect(own?.text).toBe('text of version 2');
    expect(own?.previous).toEqual([{ version: '1', text: 'text of version 1' }]);
    store.getState().removeFramework('own');
    expect(store.getState().frameworks.own).toBeUndefined();
  });
});
