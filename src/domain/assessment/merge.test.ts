import { describe, expect, it } from 'vitest';
import { mergeStates } from './merge.ts';
import { type Assessment, createAssessment, EMPTY_ANSWER, withAnswer, withMeta } from './model.ts';
import { EMPTY_STATE } from './persisted.ts';

const base = createAssessment({ frameworkId: 'f', frameworkVersion: '1', title: 'Base' }, 100, 'a');
const state = (...list: Assessment[]) => ({
  ...EMPTY_STATE,
  assessments: Object.fromEntries(list.map((a) => [a.id, a])),
});

describe('merging two copies of the assessments', () => {
  it('keeps the newer answer to the same statement', () => {
    const older = withAnswer(base, 'i', { current: 1 }, 200);
    const newer = withAnswer(base, 'i', { current: 3 }, 300);
    expect(mergeStates(state(newer), state(older)).assessments.a?.answers.i?.current).toBe(3);
    expect(mergeStates(state(older), state(newer)).assessments.a?.answers.i?.current).toBe(3);
  });

  it('keeps answers to different statements from both', () => {
    const x = withAnswer(base, 'x', { current: 1 }, 200);
    const y = withAnswer(base, 'y', { target: 2 }, 201);
    expect(Object.keys(mergeStates(state(x), state(y)).assessments.a?.answers ?? {}).sort()).toEqual([
      'x',
      'y',
    ]);
  });

  it('keeps the newer title', () => {
    const renamed = withMeta(base, { title: 'Renamed' }, 500);
    const answered = withAnswer(base, 'i', { ...EMPTY_ANSWER, current: 2 }, 600);
    const merged = mergeStates(state(answered), state(renamed)).assessments.a;
    expect(merged?.title).toBe('Renamed');
    expect(merged?.answers.i?.current).toBe(2);
  });

  it('lets a deletion win over older copies, not over later changes', () => {
    const deleted = { ...EMPTY_STATE, deleted: { a: 400 } };
    expect(mergeStates(state(withAnswer(base, 'i', {}, 300)), deleted).assessments.a).toBeUndefined();
    expect(mergeStates(state(withAnswer(base, 'i', {}, 500)), deleted).assessments.a).toBeDefined();
  });
});
