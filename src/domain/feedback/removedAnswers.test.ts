// A rater's answers removed from this device stay removed when stored data is
// read, not only when a tab writes (merge.ts): a tab of an older app, which knows
// nothing of the removal, can write them back, and a tab reading that must not
// show them again.
import { describe, expect, it } from 'vitest';
import type { UserData } from '../assessment/merge.ts';
import { createAssessment, type NewAssessment, ratersOnly, withAnswer } from '../assessment/model.ts';
import { EMPTY_STATE, restoreStored, serializeState } from '../assessment/persisted.ts';
import { dropRemovedAnswers, ratersAnswersTo } from './removedAnswers.ts';

const given = (id: string, requestId: string, kept = false) =>
  withAnswer(
    createAssessment(
      {
        frameworkId: 'f',
        frameworkVersion: '1',
        title: 'Feedback to Anna',
        exercise: { id: requestId, notes: true, resultId: 'R0000001' },
        feedback: { to: 'Anna', goal: true, rater: '', kept },
      } satisfies NewAssessment,
      1000,
      id,
    ),
    'k1',
    { current: 2 },
    1100,
  );
const own = createAssessment({ frameworkId: 'f', frameworkVersion: '1', title: 'Mine' }, 1000, 'own');

describe('a rater’s answers', () => {
  it('are those from a feedback link not kept as a copy', () => {
    expect([given('a', 'FB1'), given('b', 'FB1', true), own].map(ratersOnly)).toEqual([true, false, false]);
    const held = { a: given('a', 'FB1'), b: given('b', 'FB1', true), c: given('c', 'FB2'), own };
    expect(ratersAnswersTo(held, 'FB1')).toEqual(['a']);
  });

  it('removed (their id among the deleted) are dropped; a kept copy and an undone deletion stay', () => {
    const held = { a: given('a', 'FB1'), b: given('b', 'FB1', true), own };
    expect(Object.keys(dropRemovedAnswers({ ...held }, { a: 5, b: 5, own: 5 }))).toEqual(['b', 'own']);
  });

  it('stay removed when read back though an older app’s tab wrote them again', () => {
    // What such a tab writes: the tombstone it read (it keeps `deleted`) beside the answers it still held.
    const written: UserData = {
      ...EMPTY_STATE,
      assessments: { a: given('a', 'FB1'), b: given('b', 'FB1', true), own },
      deleted: { a: 2000, own: 1500 },
    };
    const read = restoreStored(serializeState(written));
    expect(read.ok && Object.keys(read.state.assessments).sort()).toEqual(['b', 'own']);
    // A rule, not damage: nothing is reported, so nothing is kept aside as repaired.
    expect(read.ok && read.dropped).toEqual([]);
    expect(read.ok && read.state.deleted).toEqual({ a: 2000, own: 1500 });
  });
});
