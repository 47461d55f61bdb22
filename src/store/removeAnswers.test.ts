// "Remove my answers from this device", against the shared fake storage: what is
// removed, and that neither another tab nor a reload brings the answers back.
import { describe, expect, it } from 'vitest';
import type { NewAssessment } from '../domain/assessment/model.ts';
import { createDurableStorage } from './durableStorage.ts';
import { FakeStorage } from './fakeStorage.testing.ts';
import { removeRatersAnswers } from './removeAnswers.ts';
import { createUserDataStore, STORAGE_KEY } from './userData.ts';

let clock = 1000;
const tick = () => ++clock;

function tab(storage: FakeStorage) {
  const durable = createDurableStorage({ storage: () => storage, delayMs: 50, now: tick });
  return { store: createUserDataStore(durable, tick), durable };
}

const given = (requestId: string, kept = false): NewAssessment => ({
  frameworkId: 'guidance-competences',
  frameworkVersion: '1',
  title: 'Feedback to Anna',
  exercise: { id: requestId, notes: true, resultId: 'R0000001' },
  feedback: { to: 'Anna', goal: true, rater: '', kept },
});

describe('removing a rater’s answers from this device', () => {
  it('removes their answers to the request, with tombstones, and nothing else', () => {
    const { store } = tab(new FakeStorage());
    const s = store.getState();
    const mine = s.create(given('FB000001'));
    const kept = s.create(given('FB000001', true));
    const other = s.create(given('FB000002'));
    const own = s.create({ frameworkId: 'guidance-competences', frameworkVersion: '1', title: 'Mine' });
    expect(removeRatersAnswers(store, 'FB000001', 77)).toEqual([mine]);
    expect(Object.keys(store.getState().assessments).sort()).toEqual([kept, other, own].sort());
    expect(store.getState().deleted).toEqual({ [mine]: 77 });
    // Nothing to undo: the list's undo is for what the list deleted.
    expect(store.getState().recentlyDeleted).toBeNull();
    expect(removeRatersAnswers(store, 'FB000001', 78)).toEqual([]);
  });

  it('keeps them removed when another tab still holds them and rates on, and after a reload', async () => {
    const storage = new FakeStorage();
    const tabA = tab(storage);
    const id = tabA.store.getState().create(given('FB000001'));
    tabA.store.getState().setAnswer(id, 'k1', { current: 2 });
    tabA.durable.flush();
    const tabB = tab(storage);
    expect(tabB.store.getState().assessments[id]).toBeDefined();
    // Tab A rates once more before it hears of the removal; its write comes after tab B's.
    tabA.store.getState().setAnswer(id, 'k2', { current: 3 });
    removeRatersAnswers(tabB.store, 'FB000001');
    tabB.durable.flush();
    tabA.durable.flush();
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '').state.assessments).toEqual({});
    await tabA.store.persist.rehydrate(); // what the storage event triggers
    expect(tabA.store.getState().assessments[id]).toBeUndefined();
    expect(tab(storage).store.getState().assessments).toEqual({});
  });

  it('keeps them removed when a tab of an older app writes them back, for a new tab and after a reload', async () => {
    const storage = new FakeStorage();
    const tabA = tab(storage);
    const id = tabA.store.getState().create(given('FB000001'));
    tabA.store.getState().setAnswer(id, 'k1', { current: 2 });
    tabA.durable.flush();
    const held = JSON.parse(storage.data.get(STORAGE_KEY) ?? '');
    removeRatersAnswers(tabA.store, 'FB000001');
    tabA.durable.flush();
    // An older app's tab, which knows no such removal, rates on and writes the answers back beside the tombstone.
    const written = JSON.parse(storage.data.get(STORAGE_KEY) ?? '');
    written.state.assessments = held.state.assessments;
    storage.data.set(STORAGE_KEY, JSON.stringify(written));
    expect(tab(storage).store.getState().assessments).toEqual({});
    await tabA.store.persist.rehydrate(); // what the storage event triggers
    expect(tabA.store.getState().assessments[id]).toBeUndefined();
  });
});
