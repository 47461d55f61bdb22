import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN, withItem, withPicked, withReviewDate } from '../plan/plan.ts';
import { rebase } from './merge.ts';
import { type Assessment, createAssessment, withAnswer, withMeta } from './model.ts';
import { EMPTY_STATE } from './persisted.ts';

const base = createAssessment({ frameworkId: 'f', frameworkVersion: '1', title: 'Base' }, 100, 'a');
const state = (...list: Assessment[]) => ({
  ...EMPTY_STATE,
  assessments: Object.fromEntries(list.map((a) => [a.id, a])),
});
const HOUR = 3_600_000;

describe('laying this tab’s changes over what is stored', () => {
  it('keeps this tab’s edit even when the stored answer carries a later time (a clock ahead)', () => {
    const future = withAnswer(base, 'i', { current: 1 }, 100 + HOUR);
    const mine = withAnswer(future, 'i', { current: 3 }, 200);
    expect(rebase(state(future), state(mine), state(future)).assessments.a?.answers.i?.current).toBe(3);
  });

  it('takes what another tab wrote where this tab changed nothing', () => {
    const theirs = withAnswer(base, 'y', { target: 2 }, 50);
    const mine = withAnswer(base, 'x', { current: 1 }, 300);
    const merged = rebase(state(base), state(mine), state(theirs)).assessments.a;
    expect(merged?.answers.x?.current).toBe(1);
    expect(merged?.answers.y?.target).toBe(2);
  });

  it('lets the later write of the same answer win, whatever its time says', () => {
    const theirs = withAnswer(base, 'i', { current: 4 }, 900);
    const mine = withAnswer(base, 'i', { current: 2 }, 300);
    expect(rebase(state(base), state(mine), state(theirs)).assessments.a?.answers.i?.current).toBe(2);
  });

  it('keeps this tab’s new title and the other tab’s answers', () => {
    const renamed = withMeta(base, { title: 'Renamed' }, 50);
    const answered = withAnswer(base, 'i', { current: 2 }, 600);
    const merged = rebase(state(base), state(renamed), state(answered)).assessments.a;
    expect(merged?.title).toBe('Renamed');
    expect(merged?.answers.i?.current).toBe(2);
  });

  it('keeps this tab’s plan and the other tab’s answers and title, and the other tab’s plan where this one changed none', () => {
    const plan = { items: [], reviewDate: '2027-03-01', updatedAt: 60 };
    const planned = { ...base, plan };
    const theirs = withMeta(withAnswer(base, 'i', { current: 2 }, 600), { title: 'Theirs' }, 601);
    const merged = rebase(state(base), state(planned), state(theirs)).assessments.a;
    expect([merged?.plan, merged?.title, merged?.answers.i?.current]).toEqual([plan, 'Theirs', 2]);
    const renamed = withMeta(base, { title: 'Mine' }, 50);
    const kept = rebase(state(base), state(renamed), state(planned)).assessments.a;
    expect([kept?.plan, kept?.title]).toEqual([plan, 'Mine']);
  });

  it('keeps both tabs’ edits of one plan: this tab’s action and the other tab’s review date', () => {
    const planned = { ...base, plan: withPicked(EMPTY_PLAN, 'i', true, 10) };
    const mine = { ...planned, plan: withItem(planned.plan, 'i', { action: 'Read' }, 20) };
    const theirs = { ...planned, plan: withReviewDate(planned.plan, '2027-03-01', 30) };
    const merged = rebase(state(planned), state(mine), state(theirs)).assessments.a?.plan;
    expect([merged?.items[0]?.action, merged?.reviewDate]).toEqual(['Read', '2027-03-01']);
  });

  it('removes answers this tab removed (a copy replaced by a file without them)', () => {
    const stored = withAnswer(withAnswer(base, 'i', { current: 1 }, 200), 'j', { current: 2 }, 201);
    const replaced = withAnswer(base, 'i', { current: 3 }, 150);
    const merged = rebase(state(stored), state(replaced), state(stored)).assessments.a;
    expect(merged?.answers).toEqual({ i: replaced.answers.i });
  });

  it('deletes what this tab deleted, and keeps what another tab deleted deleted', () => {
    expect(rebase(state(base), EMPTY_STATE, state(base)).assessments.a).toBeUndefined();
    expect(rebase(state(base), state(base), EMPTY_STATE).assessments.a).toBeUndefined();
  });

  it('keeps an assessment this tab changed after another tab deleted it', () => {
    const mine = withAnswer(base, 'i', { current: 1 }, 300);
    expect(rebase(state(base), state(mine), EMPTY_STATE).assessments.a?.answers.i?.current).toBe(1);
  });

  it('keeps a rater’s answers removed (their id among the deleted) though this tab changed them', () => {
    const feedback = { to: 'Anna', goal: false, rater: '', kept: false };
    const given = { ...base, feedback };
    const mine = withAnswer(given, 'i', { current: 1 }, 300);
    const removed = { ...EMPTY_STATE, deleted: { a: 250 } };
    expect(rebase(state(given), state(mine), removed).assessments.a).toBeUndefined();
    // A copy the rater kept is theirs: deleting it from the list keeps its undo.
    const kept = { ...mine, feedback: { ...feedback, kept: true } };
    expect(rebase(state(given), state(kept), removed).assessments.a).toBe(kept);
    expect(rebase(state(base), { ...state(base), deleted: { a: 250 } }, state(base)).assessments.a).toBe(
      base,
    );
  });

  it('adds what this tab created and what another tab created', () => {
    const other = createAssessment({ frameworkId: 'f', frameworkVersion: '1', title: 'B' }, 100, 'b');
    const merged = rebase(EMPTY_STATE, state(base), state(other));
    expect(Object.keys(merged.assessments).sort()).toEqual(['a', 'b']);
  });
});
