import { describe, expect, it } from 'vitest';
import type { Answer } from '../assessment/model.ts';
import { EMPTY_ANSWER } from '../assessment/model.ts';
import { scopeOf } from '../assessment/scope.ts';
import { loadFramework } from '../framework/loader.ts';
import type { Framework } from '../framework/schema.ts';
import {
  aggregate,
  assessmentResults,
  byMeanGap,
  filterResults,
  largestGaps,
  notApplicable,
  statementResults,
  strengthFloor,
  strengths,
} from './gaps.ts';

function framework(yaml: string): Framework {
  const r = loadFramework(yaml, 't.yaml');
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.framework;
}

const fw = framework(`
format: competency-framework/1
id: t
version: "1"
sourceLanguage: en
subject: individual
title: T
levels:
  - { id: basic, label: Basic }
  - { id: plus, label: Plus }
sections:
  - id: A
    title: A
    groups:
      - { id: k, kind: knowledge, level: basic, items: [{ id: a1, text: x }, { id: a2, text: x }] }
      - { id: s, kind: skill, level: plus, items: [{ id: a3, text: x }] }
  - id: B
    title: B
    groups:
      - { id: s, kind: skill, level: basic, items: [{ id: b1, text: x }, { id: b2, text: x }] }
`);

const rate = (current: number | null, target: number | null, extra: Partial<Answer> = {}): Answer => ({
  ...EMPTY_ANSWER,
  current,
  target,
  ...extra,
});

const all = { sections: [] as string[], level: null };

describe('gap model', () => {
  it('computes gap = target - current per statement and means over rated statements', () => {
    const r = assessmentResults(fw, {
      ...all,
      answers: { a1: rate(1, 3), a2: rate(2, 2), a3: rate(0, 4), b1: rate(3, 4) },
    });
    expect(r.statements.find((s) => s.itemId === 'a1')?.gap).toBe(2);
    expect(r.bySection[0]?.aggregate).toEqual({
      total: 3,
      rated: 3,
      notApplicable: 0,
      unrated: 0,
      meanCurrent: 1,
      meanTarget: 3,
      meanGap: 2,
    });
    expect(r.overall).toMatchObject({
      total: 5,
      rated: 4,
      unrated: 1,
      meanCurrent: 1.5,
      meanTarget: 3.25,
      meanGap: 1.75,
    });
  });

  it('leaves not-applicable statements out of the means and counts them apart', () => {
    const r = assessmentResults(fw, {
      ...all,
      answers: { a1: rate(4, 4, { notApplicable: true }), a2: rate(1, 2) },
    });
    const a = r.bySection[0]?.aggregate;
    expect(a).toMatchObject({ rated: 1, notApplicable: 1, unrated: 1, meanCurrent: 1, meanTarget: 2 });
    expect(r.statements.find((s) => s.itemId === 'a1')).toMatchObject({
      status: 'not-applicable',
      gap: null,
      current: null,
    });
  });

  it('counts a statement with only one level as unrated', () => {
    const r = assessmentResults(fw, { ...all, answers: { a1: rate(2, null), a2: rate(null, 3) } });
    expect(r.overall).toMatchObject({
      rated: 0,
      unrated: 5,
      meanCurrent: null,
      meanTarget: null,
      meanGap: null,
    });
  });

  it('has no means when nothing is rated, and when all are not applicable', () => {
    expect(assessmentResults(fw, { ...all, answers: {} }).overall).toEqual({
      total: 5,
      rated: 0,
      notApplicable: 0,
      unrated: 5,
      meanCurrent: null,
      meanTarget: null,
      meanGap: null,
    });
    const na = rate(null, null, { notApplicable: true });
    const r = assessmentResults(fw, { ...all, answers: { a1: na, a2: na, a3: na, b1: na, b2: na } });
    expect(r.overall).toMatchObject({ notApplicable: 5, rated: 0, meanGap: null });
  });

  it('works on a one-level scale (every gap is zero)', () => {
    const one = framework(`
format: competency-framework/1
id: one
version: "1"
sourceLanguage: en
subject: organisation
title: One
scale: [{ value: 1, label: In place }]
sections: [{ id: S, title: S, groups: [{ id: g, kind: criterion, items: [{ id: i, text: x }] }] }]
`);
    const r = assessmentResults(one, { ...all, answers: { i: rate(1, 1) } });
    expect(r.overall).toMatchObject({ meanCurrent: 1, meanTarget: 1, meanGap: 0 });
    expect(strengths(r.statements, strengthFloor([{ value: 1 }])).map((s) => s.itemId)).toEqual(['i']);
  });

  it('aggregates by kind (knowledge and skills)', () => {
    const r = assessmentResults(fw, { ...all, answers: { a1: rate(1, 2), b1: rate(3, 4), b2: rate(1, 4) } });
    expect(r.byKind.map((k) => [k.kind, k.aggregate.meanGap])).toEqual([
      ['knowledge', 1],
      ['skill', 2],
    ]);
  });

  it('filters by section, kind and cumulative level', () => {
    const results = statementResults(scopeOf(fw, all), {});
    expect(filterResults(fw, results, { sectionId: 'B' }).map((r) => r.itemId)).toEqual(['b1', 'b2']);
    expect(filterResults(fw, results, { kind: 'skill' }).map((r) => r.itemId)).toEqual(['a3', 'b1', 'b2']);
    expect(filterResults(fw, results, { level: 'basic' }).map((r) => r.itemId)).toEqual([
      'a1',
      'a2',
      'b1',
      'b2',
    ]);
    expect(filterResults(fw, results, { level: 'plus' })).toHaveLength(5);
  });

  it('only covers the statements of the chosen level', () => {
    expect(assessmentResults(fw, { sections: [], level: 'basic', answers: {} }).overall.total).toBe(4);
  });

  it('ranks the largest gaps first and lists strengths where current reaches target', () => {
    const results = statementResults(scopeOf(fw, all), {
      a1: rate(1, 2),
      a2: rate(0, 4),
      a3: rate(3, 3),
      b1: rate(4, 2),
      b2: rate(2, 4),
    });
    expect(largestGaps(results).map((r) => r.itemId)).toEqual(['a2', 'b2', 'a1']);
    expect(strengths(results, 2).map((r) => r.itemId)).toEqual(['b1', 'a3']);
  });

  it('names as strengths only goals reached at the middle of the scale or above: 0 of 0 never is one', () => {
    const results = statementResults(scopeOf(fw, all), {
      a1: rate(0, 0),
      a2: rate(1, 1),
      a3: rate(2, 2),
      b1: rate(4, 3),
      b2: rate(null, null, { notApplicable: true }),
    });
    expect(strengthFloor([0, 1, 2, 3, 4].map((value) => ({ value })))).toBe(2);
    expect(strengthFloor([1, 2, 3, 4, 5].map((value) => ({ value })))).toBe(3);
    expect(strengths(results, 2).map((r) => r.itemId)).toEqual(['b1', 'a3']);
    expect(notApplicable(results).map((r) => r.itemId)).toEqual(['b2']);
  });

  it("gives the mean gap per level (a group's own level) and ranks rows by mean gap", () => {
    const r = assessmentResults(fw, {
      ...all,
      answers: { a1: rate(1, 2), a2: rate(1, 2), a3: rate(0, 4), b1: rate(2, 2) },
    });
    expect(r.byLevel.map((l) => [l.level, l.aggregate.rated])).toEqual([
      ['basic', 3],
      ['plus', 1],
    ]);
    expect(r.byLevel[0]?.aggregate.meanGap).toBeCloseTo(2 / 3);
    expect(r.byLevel[1]?.aggregate.meanGap).toBe(4);
    expect(assessmentResults(fw, { ...all, level: 'basic', answers: {} }).byLevel).toHaveLength(1);
    expect(byMeanGap(r.bySection).map((s) => [s.sectionId, s.aggregate.meanGap])).toEqual([
      ['A', 2],
      ['B', 0],
    ]);
    const none = assessmentResults(fw, { ...all, answers: { a1: rate(1, 3) } });
    expect(byMeanGap(none.bySection).map((s) => s.sectionId)).toEqual(['A']);
  });

  it('aggregates an empty list to zeros and nulls', () => {
    expect(aggregate([])).toEqual({
      total: 0,
      rated: 0,
      notApplicable: 0,
      unrated: 0,
      meanCurrent: null,
      meanTarget: null,
      meanGap: null,
    });
  });
});
