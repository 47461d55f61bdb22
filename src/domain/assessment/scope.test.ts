import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../framework/loader.ts';
import type { Framework } from '../framework/schema.ts';
import { createAssessment, EMPTY_ANSWER } from './model.ts';
import { asksGoal, isAnswered, nextUnrated, progressOf, scopeOf, statusOf, withCompletion } from './scope.ts';

function load(file: string): Framework {
  const result = loadFramework(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(file);
  return result.framework;
}

const samenwerken = load('frameworks/samenwerken.yaml');
const guidance = load('frameworks/guidance-competences.yaml');
const count = (fw: Framework, a: { sections: string[]; level: string | null }) =>
  scopeOf(fw, a).reduce((n, s) => n + s.itemIds.length, 0);

describe('scope of an assessment', () => {
  it('includes every section when none is chosen', () => {
    expect(count(guidance, { sections: [], level: null })).toBe(38);
  });

  it('includes only the chosen sections', () => {
    expect(scopeOf(guidance, { sections: ['C3.1'], level: null }).map((s) => s.section.id)).toEqual(['C3.1']);
    expect(count(guidance, { sections: ['C3.1'], level: null })).toBe(16);
  });

  it('treats levels as cumulative: Plus 1 includes Basis', () => {
    expect(count(samenwerken, { sections: [], level: 'basis' })).toBe(5);
    expect(count(samenwerken, { sections: [], level: 'plus1' })).toBe(15);
    expect(count(samenwerken, { sections: [], level: 'plus2' })).toBe(19);
  });

  it('leaves out sections with nothing at the chosen level', () => {
    expect(scopeOf(samenwerken, { sections: [], level: 'basis' }).map((s) => s.section.id)).toEqual([
      'informatie-delen',
    ]);
  });
});

describe('progress', () => {
  it('counts a statement as rated with both levels, or when not applicable', () => {
    expect(isAnswered({ ...EMPTY_ANSWER, current: 1 })).toBe(false);
    expect(isAnswered({ ...EMPTY_ANSWER, current: 1, target: 0 })).toBe(true);
    expect(isAnswered({ ...EMPTY_ANSWER, notApplicable: true })).toBe(true);
    expect(isAnswered(undefined)).toBe(false);
    expect(statusOf({ ...EMPTY_ANSWER, current: 1 })).toBe('unrated');
    expect(statusOf({ ...EMPTY_ANSWER, current: 3, target: 4, notApplicable: true })).toBe('not-applicable');
    expect(statusOf({ ...EMPTY_ANSWER, current: 0, target: 0 })).toBe('rated');
  });

  it('counts rated of total', () => {
    const answers = { a: { ...EMPTY_ANSWER, current: 0, target: 0 }, b: { ...EMPTY_ANSWER, current: 2 } };
    expect(progressOf(['a', 'b', 'c'], answers)).toEqual({ rated: 1, total: 3 });
  });

  it('finds the next unrated statement, wrapping around', () => {
    const scope = scopeOf(guidance, { sections: ['C3.1'], level: null });
    const rated = { ...EMPTY_ANSWER, notApplicable: true };
    expect(nextUnrated(scope, {})).toEqual({ sectionId: 'C3.1', itemId: 'C3.1-k1' });
    expect(nextUnrated(scope, { 'C3.1-k2': rated }, 'C3.1-k1')).toEqual({
      sectionId: 'C3.1',
      itemId: 'C3.1-k3',
    });
    expect(nextUnrated(scope, {}, 'C3.1-s9')).toEqual({ sectionId: 'C3.1', itemId: 'C3.1-k1' });
    const all = Object.fromEntries(scope[0]?.itemIds.map((id) => [id, rated]) ?? []);
    expect(nextUnrated(scope, all)).toBeNull();
  });

  describe("a rater's assessment whose request asks for no goal", () => {
    const base = { frameworkId: 'f', frameworkVersion: '1', title: 't' };
    const rater = (goal: boolean) => ({ to: 'Sam', goal, rater: '', kept: false });
    const now = { ...EMPTY_ANSWER, current: 2 };

    it('asks for a goal everywhere but there', () => {
      expect(asksGoal(createAssessment(base, 0))).toBe(true);
      expect(asksGoal(createAssessment({ ...base, feedback: rater(true) }, 0))).toBe(true);
      expect(asksGoal(createAssessment({ ...base, feedback: rater(false) }, 0))).toBe(false);
    });

    it('counts a statement with only its current level as rated', () => {
      expect(statusOf(now, false)).toBe('rated');
      expect(statusOf(now, true)).toBe('unrated');
      expect(statusOf({ ...EMPTY_ANSWER, target: 3 }, false)).toBe('unrated');
      expect(statusOf({ ...EMPTY_ANSWER, notApplicable: true }, false)).toBe('not-applicable');
      expect(statusOf(undefined, false)).toBe('unrated');
      expect(isAnswered(now, false)).toBe(true);
      expect(progressOf(['a', 'b', 'c'], { a: now, b: { ...EMPTY_ANSWER, target: 1 } }, false)).toEqual({
        rated: 1,
        total: 3,
      });
    });

    it('finds the next statement without a current level, and none once all have one', () => {
      const scope = scopeOf(guidance, { sections: ['C3.1'], level: null });
      const ids = scope[0]?.itemIds ?? [];
      const all = Object.fromEntries(ids.map((id) => [id, now]));
      expect(nextUnrated(scope, all, undefined, false)).toBeNull();
      expect(nextUnrated(scope, all, undefined, true)).toEqual({ sectionId: 'C3.1', itemId: 'C3.1-k1' });
      const { 'C3.1-k3': _left, ...rest } = all;
      expect(nextUnrated(scope, rest, 'C3.1-k1', false)).toEqual({ sectionId: 'C3.1', itemId: 'C3.1-k3' });
    });

    it('is complete once every statement has its current level', () => {
      const answers = { a: now, b: { ...EMPTY_ANSWER, notApplicable: true } };
      const without = { ...createAssessment({ ...base, feedback: rater(false) }, 0), answers };
      const withGoal = { ...createAssessment({ ...base, feedback: rater(true) }, 0), answers };
      expect(withCompletion(without, ['a', 'b'], 5).completedAt).toBe(5);
      expect(withCompletion(withGoal, ['a', 'b'], 5).completedAt).toBeNull();
      expect(withCompletion({ ...createAssessment(base, 0), answers }, ['a', 'b'], 5).completedAt).toBeNull();
    });
  });
});
