// Deleting a feedback request with no results, against the shared fake storage:
// what is deleted, what is refused, and that neither another tab nor a reload brings it back.
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../domain/assessment/model.ts';
import { createRequest } from '../domain/feedback/newRequest.ts';
import { deleteFeedbackRequest } from './deleteRequest.ts';
import { createDurableStorage } from './durableStorage.ts';
import { FakeStorage } from './fakeStorage.testing.ts';
import { createUserDataStore, STORAGE_KEY } from './userData.ts';

let clock = 1000;
const tick = () => ++clock;

function tab(storage: FakeStorage) {
  const durable = createDurableStorage({ storage: () => storage, delayMs: 50, now: tick });
  return { store: createUserDataStore(durable, tick), durable };
}

const a1 = createAssessment({ frameworkId: 'f', frameworkVersion: '1', title: 'Mine' }, 1, 'a1');
const choice = { sections: [], name: 'Anna', message: '', goal: true };
const first = createRequest(a1, choice, 2, 'FB000001');
const second = createRequest(a1, choice, 3, 'FB000002');

describe('deleting a feedback request', () => {
  it('deletes a request with no results, and refuses one with results or not kept', () => {
    const { store } = tab(new FakeStorage());
    store.setState({ assessments: { a1 }, feedbackRequests: { FB000001: first, FB000002: second } });
    store.getState().addFeedback('FB000002', 'R1', 'C1');
    expect(deleteFeedbackRequest(store, 'FB000002')).toBe(false);
    expect(deleteFeedbackRequest(store, 'FB000009')).toBe(false);
    expect(deleteFeedbackRequest(store, 'FB000001')).toBe(true);
    expect(Object.keys(store.getState().feedbackRequests)).toEqual(['FB000002']);
    expect(Object.keys(store.getState().feedbackResults)).toEqual(['FB000002.R1']);
    expect(store.getState().assessments.a1).toBeDefined();
  });

  it('stays deleted when another tab still holds it and writes after, and after a reload', async () => {
    const storage = new FakeStorage();
    const tabA = tab(storage);
    tabA.store.setState({ assessments: { a1 }, feedbackRequests: { FB000001: first, FB000002: second } });
    tabA.durable.flush();
    const tabB = tab(storage);
    expect(tabB.store.getState().feedbackRequests.FB000001).toBeDefined();
    expect(deleteFeedbackRequest(tabB.store, 'FB000001')).toBe(true);
    tabB.durable.flush();
    // Tab A, which has not heard of the deletion, changes something else and writes after tab B.
    tabA.store.getState().setAnswer('a1', 'k1', { current: 2 });
    tabA.durable.flush();
    const stored = JSON.parse(storage.data.get(STORAGE_KEY) ?? '').state;
    expect(Object.keys(stored.feedbackRequests)).toEqual(['FB000002']);
    expect(stored.assessments.a1.answers.k1.current).toBe(2);
    await tabA.store.persist.rehydrate(); // what the storage event triggers
    expect(tabA.store.getState().feedbackRequests.FB000001).toBeUndefined();
    expect(Object.keys(tab(storage).store.getState().feedbackRequests)).toEqual(['FB000002']);
  });
});
