// An assessment's feedback follows it: opened from a file with it, in one change;
// deleted with it, and back with an undo.
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../domain/assessment/model.ts';
import { createRequest } from '../domain/feedback/newRequest.ts';
import { createDurableStorage } from './durableStorage.ts';
import { FakeStorage } from './fakeStorage.testing.ts';
import { importAssessments } from './importAssessments.ts';
import { createUserDataStore } from './userData.ts';

function makeStore() {
  const durable = createDurableStorage({ storage: () => new FakeStorage(), delayMs: 50, now: () => 7 });
  return createUserDataStore(durable, () => 7);
}

const a1 = createAssessment({ frameworkId: 'f', frameworkVersion: '1', title: 'Mine' }, 1, 'a1');
const choice = { sections: [], name: '', message: '', goal: false };
const request = createRequest(a1, choice, 2, 'FB000001');
const result = { requestId: 'FB000001', resultId: 'R1', code: 'C1', addedAt: 3 };

describe('an assessment’s feedback in the store', () => {
  it('comes from a file with its assessment, in one change', () => {
    const store = makeStore();
    let changes = 0;
    store.subscribe(() => changes++);
    const feedback = { feedbackRequests: [request], feedbackResults: [result] };
    expect(importAssessments(store, [{ assessment: a1, mode: 'add' }], 7, feedback)).toEqual(['a1']);
    expect(changes).toBe(1);
    expect(store.getState().assessments.a1?.title).toBe('Mine');
    expect(store.getState().feedbackRequests).toEqual({ FB000001: request });
    expect(store.getState().feedbackResults).toEqual({ 'FB000001.R1': result });
  });

  it('is deleted with its assessment, and comes back with an undo', () => {
    const store = makeStore();
    const other = createRequest({ ...a1, id: 'a2' }, choice, 2, 'FB000002');
    const otherResult = { ...result, requestId: 'FB000002' };
    store.setState({
      assessments: { a1 },
      feedbackRequests: { FB000001: request, FB000002: other },
      feedbackResults: { 'FB000001.R1': result, 'FB000002.R1': otherResult },
    });
    store.getState().remove('a1');
    expect(store.getState().feedbackRequests).toEqual({ FB000002: other });
    expect(store.getState().feedbackResults).toEqual({ 'FB000002.R1': otherResult });
    store.getState().undoRemove();
    expect(store.getState().assessments.a1?.title).toBe('Mine');
    expect(store.getState().feedbackRequests).toEqual({ FB000001: request, FB000002: other });
    expect(store.getState().feedbackResults).toEqual({ 'FB000001.R1': result, 'FB000002.R1': otherResult });
  });
});
