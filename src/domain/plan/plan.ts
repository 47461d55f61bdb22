// A development plan kept with an assessment: a handful of statements, each
// with what will be done, who or what supports it, by when and how success
// shows, and one review date. Dates are calendar days (YYYY-MM-DD), no clock.
// The schema checks a plan in a file; the stored one is read by persistedPlan.ts.
import * as z from 'zod/mini';
import { isCalendarDay, MAX_PLAN_ITEMS, MAX_PLAN_TEXT, type Plan, type PlanItem } from './planTypes.ts';

// YYYY-MM-DD here; whether it is a real day is checked beside (importFile.ts), as a
// refinement would bring more of zod's core to the first page, which shares it.
const day = z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));
const text = z.string().check(z.maxLength(MAX_PLAN_TEXT));

const planItemFields = {
  itemId: z.string().check(z.minLength(1), z.maxLength(200)),
  action: z._default(text, ''),
  support: z._default(text, ''),
  due: z._default(day, null),
  evidence: z._default(text, ''),
};
const planItemSchema = z.object(planItemFields);

const planFields = {
  items: z._default(z.array(planItemSchema).check(z.maxLength(MAX_PLAN_ITEMS)), []),
  reviewDate: z._default(day, null),
  updatedAt: z._default(z.int().check(z.nonnegative(), z.lte(8.64e15)), 0),
};
export const planSchema: z.ZodMiniType<Plan> = z.object(planFields);

/** Where a plan has a date written as a day that is none (2027-02-30). */
export function badDays(plan: Plan): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (plan.reviewDate && !isCalendarDay(plan.reviewDate)) out.push(['reviewDate']);
  for (const [i, item] of plan.items.entries())
    if (item.due && !isCalendarDay(item.due)) out.push(['items', i, 'due']);
  return out;
}

export const EMPTY_PLAN: Plan = { items: [], reviewDate: null, updatedAt: 0 };

export const emptyPlanItem = (itemId: string): PlanItem => ({
  itemId,
  action: '',
  support: '',
  due: null,
  evidence: '',
});

/** The plan with `itemId` picked (at the end) or left out; never more than MAX_PLAN_ITEMS. */
export function withPicked(plan: Plan, itemId: string, picked: boolean, now: number): Plan {
  const has = plan.items.some((i) => i.itemId === itemId);
  if (picked === has || (picked && plan.items.length >= MAX_PLAN_ITEMS)) return plan;
  const items = picked
    ? [...plan.items, emptyPlanItem(itemId)]
    : plan.items.filter((i) => i.itemId !== itemId);
  return { ...plan, items, updatedAt: now };
}

export type PlanItemPatch = Partial<Omit<PlanItem, 'itemId'>>;

/** One statement's fields changed (texts cut to MAX_PLAN_TEXT, a date that is no day left out). */
export function withItem(plan: Plan, itemId: string, patch: PlanItemPatch, now: number): Plan {
  const clean: PlanItemPatch = {};
  for (const key of ['action', 'support', 'evidence'] as const) {
    const value = patch[key];
    if (value !== undefined) clean[key] = value.slice(0, MAX_PLAN_TEXT);
  }
  if (patch.due !== undefined) clean.due = patch.due && isCalendarDay(patch.due) ? patch.due : null;
  const items = plan.items.map((i) => (i.itemId === itemId ? { ...i, ...clean } : i));
  return { ...plan, items, updatedAt: now };
}

export function withReviewDate(plan: Plan, reviewDate: string | null, now: number): Plan {
  return { ...plan, reviewDate: reviewDate && isCalendarDay(reviewDate) ? reviewDate : null, updatedAt: now };
}
