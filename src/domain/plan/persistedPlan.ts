// A stored plan read back field by field, as restoreAssessment reads an
// assessment: what is valid is kept, what is not is set aside and its path
// reported (so the caller keeps the original aside); never throws.
import {
  MAX_PLAN_ITEMS,
  MAX_PLAN_TEXT,
  type Plan,
  type PlanItem,
  planFields,
  planItemFields,
} from './plan.ts';

type Dict = Record<string, unknown>;
const isDict = (value: unknown): value is Dict =>
  !!value && typeof value === 'object' && !Array.isArray(value);

function restoreItem(raw: unknown, path: string, dropped: string[]): PlanItem | null {
  const itemId = planItemFields.itemId.safeParse(isDict(raw) ? raw.itemId : undefined);
  if (!isDict(raw) || !itemId.success) {
    dropped.push(path);
    return null;
  }
  const item: PlanItem = { itemId: itemId.data, action: '', support: '', due: null, evidence: '' };
  for (const field of ['action', 'support', 'evidence'] as const) {
    const value = raw[field];
    const parsed = planItemFields[field].safeParse(value);
    if (parsed.success) item[field] = parsed.data;
    else {
      dropped.push(`${path}.${field}`);
      if (typeof value === 'string') item[field] = value.slice(0, MAX_PLAN_TEXT);
    }
  }
  const due = planItemFields.due.safeParse(raw.due);
  if (due.success) item.due = due.data;
  else dropped.push(`${path}.due`);
  return item;
}

/** The plan stored at `path` (`assessments.<id>.plan`); null when there is none or it is not a plan. */
export function restorePlan(raw: unknown, path: string, dropped: string[]): Plan | null {
  if (raw === undefined || raw === null) return null;
  if (!isDict(raw)) {
    dropped.push(path);
    return null;
  }
  const items: PlanItem[] = [];
  if (raw.items !== undefined && !Array.isArray(raw.items)) dropped.push(`${path}.items`);
  const list: unknown[] = Array.isArray(raw.items) ? raw.items : [];
  for (const [index, value] of list.entries()) {
    const at = `${path}.items.${index}`;
    const item = restoreItem(value, at, dropped);
    if (!item) continue;
    if (items.length >= MAX_PLAN_ITEMS || items.some((i) => i.itemId === item.itemId)) dropped.push(at);
    else items.push(item);
  }
  const reviewDate = planFields.reviewDate.safeParse(raw.reviewDate);
  if (!reviewDate.success) dropped.push(`${path}.reviewDate`);
  const updatedAt = planFields.updatedAt.safeParse(raw.updatedAt);
  if (!updatedAt.success) dropped.push(`${path}.updatedAt`);
  return {
    items,
    reviewDate: reviewDate.success ? reviewDate.data : null,
    updatedAt: updatedAt.success ? updatedAt.data : 0,
  };
}
