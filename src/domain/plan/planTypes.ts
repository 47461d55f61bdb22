// What a development plan is, without its schema: the stored assessment (on
// the first page) holds one, while the schema and the operations load with the
// pages that check and change it (plan.ts).

/** At most this many statements in one plan ("a handful"). */
export const MAX_PLAN_ITEMS = 5;
export const MAX_PLAN_TEXT = 2000;

/** A real calendar day written YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export interface PlanItem {
  itemId: string;
  /** What I (or our team) will do. */
  action: string;
  /** Who or what can support. */
  support: string;
  /** By when: a calendar day, or none. */
  due: string | null;
  /** How I (we) will know it worked. */
  evidence: string;
}

export interface Plan {
  items: PlanItem[];
  /** The one review date of the plan. */
  reviewDate: string | null;
  updatedAt: number;
}
