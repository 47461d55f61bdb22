// Merging a development plan edited in two tabs, as answers are merged
// (assessment/merge.ts): what this tab changed against the base it grew from,
// laid over the plan stored now. Field by field for the review date, item by
// item for the planned statements, and field by field within an item; where
// both tabs changed the same field, this tab's write (the latest) wins.
import { MAX_PLAN_ITEMS, type Plan, type PlanItem } from './planTypes.ts';

/** A field this tab changed is its own; one it did not is the stored one. */
const pick = <T>(base: T, local: T, stored: T): T => (base === local ? stored : local);

function mergeItem(base: PlanItem | undefined, local: PlanItem, stored: PlanItem | undefined): PlanItem {
  // Untouched here: as stored. New here, or gone from the store: this tab's whole.
  if (base === local && stored) return stored;
  if (!base || !stored) return local;
  return {
    itemId: local.itemId,
    action: pick(base.action, local.action, stored.action),
    support: pick(base.support, local.support, stored.support),
    due: pick(base.due, local.due, stored.due),
    evidence: pick(base.evidence, local.evidence, stored.evidence),
  };
}

/** This tab's plan changes (from `base` to `local`) laid over the `stored` plan. */
export function mergePlan(
  base: Plan | null | undefined,
  local: Plan | null,
  stored: Plan | null,
): Plan | null {
  if (base === local) return stored;
  if (!local || !stored) return local;
  const byId = (p: Plan | null | undefined) => new Map(p?.items.map((i) => [i.itemId, i]));
  const [b, l] = [byId(base), byId(local)];
  const items: PlanItem[] = [];
  // The stored order; an item this tab removed (and had read) is left out.
  for (const s of stored.items) {
    const mine = l.get(s.itemId);
    if (mine) items.push(mergeItem(b.get(s.itemId), mine, s));
    else if (!b.has(s.itemId)) items.push(s);
  }
  // Items only this tab has: added here (those removed elsewhere, untouched here, stay removed).
  for (const mine of local.items) {
    const was = b.get(mine.itemId);
    if (!items.some((i) => i.itemId === mine.itemId) && was !== mine) items.push(mine);
  }
  // Never more than a plan holds: the other tab's items give way to this tab's.
  for (let i = items.length - 1; items.length > MAX_PLAN_ITEMS && i >= 0; i--)
    if (!l.has(items[i]?.itemId ?? '')) items.splice(i, 1);
  return {
    items,
    reviewDate: pick(base?.reviewDate ?? null, local.reviewDate, stored.reviewDate),
    updatedAt: Math.max(local.updatedAt, stored.updatedAt),
  };
}
