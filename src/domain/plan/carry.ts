// A plan carried into "rate again": the follow-up (made by followUp) is linked
// to the earlier assessment by previousId; the earlier plan's statements show
// in the new questionnaire with the earlier level, the goal and the actions,
// and the new results show how far each moved.
import type { Assessment } from '../assessment/model.ts';
import { own } from '../assessment/own.ts';
import type { PlanItem } from './planTypes.ts';

export interface Carried {
  item: PlanItem;
  /** The earlier current level (null: not rated then). */
  earlier: number | null;
  /** The goal: the new assessment's target where set, else the earlier one. */
  goal: number | null;
}

export interface Movement extends Carried {
  /** The new current level (null: not rated yet, or not applicable now). */
  now: number | null;
  /** now - earlier, where both are known. */
  change: number | null;
  /** Whether now reaches the goal, where both are known. */
  reached: boolean | null;
}

/** The earlier plan's statements as the follow-up `a` carries them; empty when there is none. */
export function carriedPlan(
  a: Pick<Assessment, 'previousId' | 'answers'>,
  earlier: Assessment | undefined,
): Carried[] {
  if (!earlier || a.previousId !== earlier.id || !earlier.plan) return [];
  return earlier.plan.items.map((item) => {
    const before = own(earlier.answers, item.itemId);
    const after = own(a.answers, item.itemId);
    return {
      item,
      earlier: before && !before.notApplicable ? before.current : null,
      goal: after?.target ?? before?.target ?? null,
    };
  });
}

/** How far each planned statement moved from the earlier assessment to `a`. */
export function planMovement(a: Assessment, earlier: Assessment | undefined): Movement[] {
  return carriedPlan(a, earlier).map((c) => {
    const answer = own(a.answers, c.item.itemId);
    const now = answer && !answer.notApplicable ? answer.current : null;
    return {
      ...c,
      now,
      change: now !== null && c.earlier !== null ? now - c.earlier : null,
      reached: now !== null && c.goal !== null ? now >= c.goal : null,
    };
  });
}
