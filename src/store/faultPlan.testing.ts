// For the fault-injection suite: a development plan's steps and what of it is
// owed, field by field (each statement's presence and texts, the review date).
import type { Assessment } from '../domain/assessment/model.ts';
import { withItem, withPicked, withReviewDate } from '../domain/plan/plan.ts';
import type { Plan } from '../domain/plan/planTypes.ts';
import type { Step } from './faultSteps.testing.ts';

/** A plan is owed field by field: each statement's presence and texts, and the review date. */
export const planKeys = (id: string, plan: Plan | null | undefined, itemId?: string): [string, unknown][] => [
  ...(itemId ? [] : [[`planreview ${id}`, plan?.reviewDate ?? null] as [string, unknown]]),
  ...(plan?.items ?? [])
    .filter((i) => !itemId || i.itemId === itemId)
    .flatMap((i): [string, unknown][] => [
      [`planitem ${id} ${i.itemId}`, true],
      [`planaction ${id} ${i.itemId}`, i.action],
      [`plansupport ${id} ${i.itemId}`, i.support],
    ]),
];

/** What a plan step owes: the review date, a statement dropped, or the statement's texts. */
export function planStepKeys(
  s: Extract<Step, { kind: 'plan' }>,
  id: string,
  plan: Plan | null | undefined,
  itemId: string,
): [string, unknown][] {
  if (s.field === 'review') return [[`planreview ${id}`, plan?.reviewDate ?? null]];
  if (s.field === 'drop') return [[`planitem ${id} ${itemId}`, false]];
  return planKeys(id, plan, itemId);
}

/** What storage holds for a plan key's field (`planreview`, `planitem`, `planaction`, `plansupport`). */
export function storedPlanField(field: string, a: Assessment | undefined, itemId: string): unknown {
  const item = a?.plan?.items.find((i) => i.itemId === itemId);
  if (field === 'planreview') return a?.plan?.reviewDate ?? null;
  if (field === 'planitem') return !!item;
  return field === 'planaction' ? item?.action : item?.support;
}

/** What a plan step does to the plan. */
export function planChange(s: Extract<Step, { kind: 'plan' }>, itemId: string, clock: number) {
  const day = s.text ? `2027-0${(clock % 9) + 1}-1${clock % 10}` : null;
  return (p: Plan): Plan =>
    s.field === 'review'
      ? withReviewDate(p, day, clock)
      : s.field === 'drop'
        ? withPicked(p, itemId, false, clock)
        : withItem(withPicked(p, itemId, true, clock), itemId, { [s.field]: s.text }, clock);
}

/** Both tabs edit one plan before either reads the other's write: both edits are owed. */
export const twoTabsOnePlan: Step[] = [
  { kind: 'create', tab: 0 },
  { kind: 'wait', ms: 200 },
  { kind: 'deliver', tab: 1 },
  { kind: 'plan', tab: 1, a: 0, item: 0, field: 'action', text: 'x' },
  { kind: 'wait', ms: 200 },
  { kind: 'plan', tab: 0, a: 0, item: 1, field: 'action', text: 'y' },
  { kind: 'plan', tab: 0, a: 0, item: 0, field: 'review', text: 'y' },
  { kind: 'wait', ms: 200 },
];
