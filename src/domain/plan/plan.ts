// A development plan kept with an assessment: a handful of statements, each
// with what will be done, who or what supports it, by when and how success
// shows, and one review date. Dates are calendar days (YYYY-MM-DD), no clock.
// zod/mini: the schema is part of the stored assessment, on the first page.
import * as z from 'zod/mini';

/** At most this many statements in one plan ("a handful"). */
export const MAX_PLAN_ITEMS = 5;
export const MAX_PLAN_TEXT = 2000;

/** A real calendar day written YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const day = z.nullable(z.string().check(z.refine(isCalendarDay)));
const text = z.string().check(z.maxLength(MAX_PLAN_TEXT));

export const planItemFields = {
  itemId: z.string().check(z.minLength(1), z.maxLength(200)),
  action: z._default(text, ''),
  support: z._default(text, ''),
  due: z._default(day, null),
  evidence: z._default(text, ''),
};
export const planItemSchema = z.object(planItemFields);

export const planFields = {
  items: z._default(z.array(planItemSchema).check(z.maxLength(MAX_PLAN_ITEMS)), []),
  reviewDate: z._default(day, null),
  updatedAt: z._default(z.int().check(z.nonnegative(), z.lte(8.64e15)), 0),
};
export const planSchema = z.object(planFields);

export type PlanItem = z.output<typeof planItemSchema>;
export type Plan = z.output<typeof planSchema>;

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
