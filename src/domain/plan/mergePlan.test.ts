import { describe, expect, it } from 'vitest';
import { mergePlan } from './mergePlan.ts';
import { emptyPlanItem, withItem, withPicked, withReviewDate } from './plan.ts';
import type { Plan } from './planTypes.ts';

const base: Plan = withItem(
  withPicked({ items: [], reviewDate: null, updatedAt: 1 }, 'a', true, 1),
  'a',
  { action: 'read' },
  1,
);

describe('mergePlan: two tabs editing one plan', () => {
  it('keeps this tab’s action and the other tab’s review date', () => {
    const mine = withItem(base, 'a', { action: 'write' }, 2);
    const theirs = withReviewDate(base, '2027-03-01', 3);
    const merged = mergePlan(base, mine, theirs);
    expect([merged?.items[0]?.action, merged?.reviewDate]).toEqual(['write', '2027-03-01']);
    const other = mergePlan(base, theirs, mine);
    expect([other?.items[0]?.action, other?.reviewDate]).toEqual(['write', '2027-03-01']);
  });

  it('keeps an item added in each tab', () => {
    const mine = withPicked(base, 'b', true, 2);
    const theirs = withPicked(base, 'c', true, 3);
    expect(mergePlan(base, mine, theirs)?.items.map((i) => i.itemId)).toEqual(['a', 'c', 'b']);
  });

  it('keeps different fields of the same item edited in two tabs; the same field: this (latest) write', () => {
    const mine = withItem(base, 'a', { support: 'mentor', action: 'mine' }, 2);
    const theirs = withItem(base, 'a', { due: '2027-01-31', action: 'theirs' }, 3);
    expect(mergePlan(base, mine, theirs)?.items).toEqual([
      { ...emptyPlanItem('a'), action: 'mine', support: 'mentor', due: '2027-01-31' },
    ]);
  });

  it('removes an item removed in one tab and untouched in the other, whichever writes last', () => {
    const removed = withPicked(base, 'a', false, 2);
    const dated = withReviewDate(base, '2027-03-01', 3);
    expect(mergePlan(base, removed, dated)?.items).toEqual([]);
    expect(mergePlan(base, dated, removed)?.items).toEqual([]);
  });

  it('takes the stored plan when this tab changed none, and this tab’s where none is stored', () => {
    const theirs = withReviewDate(base, '2027-03-01', 3);
    expect(mergePlan(base, base, theirs)).toBe(theirs);
    expect(mergePlan(null, base, null)).toBe(base);
  });

  it('never holds more than a plan may: the other tab’s items give way', () => {
    const three = ['b', 'c'].reduce((p, id) => withPicked(p, id, true, 2), base);
    const mine = ['d', 'e'].reduce((p, id) => withPicked(p, id, true, 3), three);
    const theirs = withPicked(three, 'f', true, 3);
    expect(mergePlan(three, mine, theirs)?.items.map((i) => i.itemId)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
