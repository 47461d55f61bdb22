import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAssessment, followUp, withAnswer } from '../assessment/model.ts';
import { restoreStored } from '../assessment/persisted.ts';
import { loadFramework } from '../framework/loader.ts';
import type { StatementResult } from '../results/gaps.ts';
import { carriedPlan, planMovement } from './carry.ts';
import { restorePlan } from './persistedPlan.ts';
import { EMPTY_PLAN, withItem, withPicked, withReviewDate } from './plan.ts';
import { isCalendarDay, type Plan } from './planTypes.ts';
import { missingStatements, suggestAreas } from './suggest.ts';

const result = (itemId: string, current: number, target: number): StatementResult => ({
  itemId,
  sectionId: 'S',
  groupId: 'G',
  kind: 'knowledge',
  level: null,
  status: 'rated',
  current,
  target,
  gap: target - current,
  note: '',
});

describe('the statements a plan suggests', () => {
  const results = [
    result('a', 2, 3),
    result('b', 0, 4),
    result('c', 1, 3),
    result('d', 2, 4),
    result('e', 4, 4),
  ];

  it('offers the largest gaps first, ties in framework order, and no statement without a gap', () => {
    expect(suggestAreas(results).map((r) => r.itemId)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('breaks a tie by the others’ view of the gap, those without it after', () => {
    const others: Record<string, number> = { d: 3, c: 1 };
    expect(suggestAreas(results, (id) => others[id] ?? null).map((r) => r.itemId)).toEqual([
      'b',
      'd',
      'c',
      'a',
    ]);
    expect(suggestAreas(results, (id) => (id === 'd' ? 0 : null)).map((r) => r.itemId)).toEqual([
      'b',
      'd',
      'c',
      'a',
    ]);
  });

  it('offers at most the limit', () => {
    expect(suggestAreas(results, undefined, 2).map((r) => r.itemId)).toEqual(['b', 'c']);
  });
});

describe('making a plan', () => {
  it('picks at most five statements, each once, and drops one when unpicked', () => {
    let plan = EMPTY_PLAN;
    for (const id of ['a', 'b', 'a', 'c', 'd', 'e', 'f']) plan = withPicked(plan, id, true, 5);
    expect(plan.items.map((i) => i.itemId)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(withPicked(plan, 'b', false, 6).items.map((i) => i.itemId)).toEqual(['a', 'c', 'd', 'e']);
  });

  it('keeps a real day only, and cuts long texts', () => {
    const plan = withPicked(EMPTY_PLAN, 'a', true, 1);
    const edited = withItem(plan, 'a', { action: 'x'.repeat(3000), due: '2027-02-30' }, 2);
    expect(edited.items[0]).toMatchObject({ due: null });
    expect(edited.items[0]?.action).toHaveLength(2000);
    expect(withItem(plan, 'a', { due: '2027-02-28' }, 2).items[0]?.due).toBe('2027-02-28');
    expect(withReviewDate(plan, '2027-13-01', 3).reviewDate).toBeNull();
    expect([isCalendarDay('2028-02-29'), isCalendarDay('2027-02-29'), isCalendarDay('27-1-1')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe('a stored plan read back field by field', () => {
  const item = {
    itemId: 'C3.1-k1',
    action: 'Shadow a colleague',
    support: 'Mentor',
    due: '2027-01-15',
    evidence: 'Done',
  };

  it('keeps a valid plan as it is', () => {
    const dropped: string[] = [];
    const plan = { items: [item], reviewDate: '2027-03-01', updatedAt: 5 };
    expect(restorePlan(plan, 'p', dropped)).toEqual(plan);
    expect(restorePlan(undefined, 'p', dropped)).toBeNull();
    expect(dropped).toEqual([]);
  });

  it('sets aside a bad field and a bad item, reports each, and keeps the rest', () => {
    const dropped: string[] = [];
    const raw = {
      items: [
        { ...item, due: 'soon', support: 42 },
        { action: 'no statement' },
        item,
        { ...item, itemId: 'x' },
      ],
      reviewDate: '2027-02-30',
      updatedAt: -1,
    };
    const plan = restorePlan(raw, 'assessments.a.plan', dropped);
    expect(plan).toEqual({
      items: [
        { ...item, due: null, support: '' },
        { ...item, itemId: 'x' },
      ],
      reviewDate: null,
      updatedAt: 0,
    });
    expect(dropped).toEqual([
      'assessments.a.plan.items.0.support',
      'assessments.a.plan.items.0.due',
      'assessments.a.plan.items.1',
      'assessments.a.plan.items.2',
      'assessments.a.plan.reviewDate',
      'assessments.a.plan.updatedAt',
    ]);
  });

  it('reports a plan that is not one, and more than five statements', () => {
    const dropped: string[] = [];
    expect(restorePlan('plan', 'p', dropped)).toBeNull();
    const many = Array.from({ length: 7 }, (_, i) => ({ ...item, itemId: `i${i}` }));
    expect(restorePlan({ items: many }, 'q', dropped)?.items).toHaveLength(5);
    expect(dropped).toEqual(['p', 'q.items.5', 'q.items.6']);
  });

  it('is read with its assessment from stored data, a bad item reported, the assessment kept', () => {
    const a = { ...createAssessment({ frameworkId: 'f', frameworkVersion: '1', title: 'T' }, 1, 'a1') };
    const stored = { ...a, plan: { items: [item, { itemId: '' }], reviewDate: '2027-03-01' } };
    const restored = restoreStored(JSON.stringify({ state: { assessments: { a1: stored } }, version: 4 }));
    expect(restored.ok && restored.state.assessments.a1?.plan).toEqual({
      items: [item],
      reviewDate: '2027-03-01',
      updatedAt: 0,
    });
    expect(restored.ok && restored.dropped).toEqual(['assessments.a1.plan.items.1']);
  });

  it('names the planned statements a framework no longer has', () => {
    const loaded = loadFramework(readFileSync('frameworks/guidance-competences.yaml', 'utf8'), 'g.yaml');
    if (!loaded.ok) throw new Error('fixture');
    const plan: Plan = { items: [item, { ...item, itemId: 'C3.1-gone' }], reviewDate: null, updatedAt: 0 };
    expect(missingStatements(plan, loaded.framework)).toEqual(['C3.1-gone']);
  });
});

describe('a plan carried into "rate again"', () => {
  const base = createAssessment({ frameworkId: 'f', frameworkVersion: '1', title: 'Spring' }, 1, 'a1');
  let earlier = withAnswer(base, 'k1', { current: 1, target: 3 }, 2);
  earlier = withAnswer(earlier, 'k2', { current: 2, target: 4 }, 3);
  earlier = withAnswer(earlier, 'k3', { current: 0, target: 2 }, 4);
  let plan = EMPTY_PLAN;
  for (const id of ['k1', 'k2', 'k3']) plan = withPicked(plan, id, true, 5);
  plan = withItem(plan, 'k1', { action: 'Run a network meeting' }, 6);
  earlier = { ...earlier, plan };

  it('links the follow-up to the earlier assessment, which keeps the plan; the new one starts without one', () => {
    const next = followUp(earlier, 'Autumn', 10, 'a2');
    expect([next.previousId, next.plan, next.answers.k1?.current, next.answers.k1?.target]).toEqual([
      'a1',
      null,
      null,
      3,
    ]);
    expect(carriedPlan(next, earlier).map((c) => [c.item.itemId, c.earlier, c.goal, c.item.action])).toEqual([
      ['k1', 1, 3, 'Run a network meeting'],
      ['k2', 2, 4, ''],
      ['k3', 0, 2, ''],
    ]);
    expect(carriedPlan(next, { ...earlier, id: 'other' })).toEqual([]);
  });

  it('gives no earlier level nor change for a planned statement whose id a plain object inherits (__proto__)', () => {
    const crafted = { ...earlier, plan: withPicked(EMPTY_PLAN, '__proto__', true, 5) };
    const next = followUp(crafted, 'Autumn', 10, 'a2');
    expect(planMovement(next, crafted).map((m) => [m.earlier, m.goal, m.now, m.change, m.reached])).toEqual([
      [null, null, null, null, null],
    ]);
  });

  it('computes how far each planned statement moved and whether its goal is reached', () => {
    let next = followUp(earlier, 'Autumn', 10, 'a2');
    next = withAnswer(next, 'k1', { current: 3 }, 11);
    next = withAnswer(next, 'k2', { current: 1 }, 12);
    expect(
      planMovement(next, earlier).map((m) => [m.item.itemId, m.earlier, m.now, m.change, m.reached]),
    ).toEqual([
      ['k1', 1, 3, 2, true],
      ['k2', 2, 1, -1, false],
      ['k3', 0, null, null, null],
    ]);
  });
});
