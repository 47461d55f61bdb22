// A stored plan read back field by field, as restoreAssessment reads an
// assessment: what is valid is kept, what is not is set aside and its path
// reported (so the caller keeps the original aside); a field left out takes its
// default. Plain checks, not the schema: this runs on the first page.
import { isCalendarDay, MAX_PLAN_ITEMS, MAX_PLAN_TEXT, type Plan, type PlanItem } from './planTypes.ts';

type Dict = Record<string, unknown>;
const isDict = (value: unknown): value is Dict =>
  !!value && typeof value === 'object' && !Array.isArray(value);
const isDay = (value: unknown) => value === null || (typeof value === 'string' && isCalendarDay(value));

function restoreItem(raw: unknown, path: string, dropped: string[]): PlanItem | null {
  const itemId = isDict(raw) ? raw.itemId : undefined;
  if (!isDict(raw) || typeof itemId !== 'string' || itemId.length < 1 || itemId.length > 200) {
    dropped.push(path);
    return null;
  }
  const item: PlanItem = { itemId, action: '', support: '', due: null, evidence: '' };
  for (const field of ['action', 'support', 'evidence'] as const) {
    const value = raw[field];
    if (value === undefined) continue;
    if (typeof value === 'string') item[field] = value.slice(0, MAX_PLAN_TEXT);
    if (typeof value !== 'string' || value.length > MAX_PLAN_TEXT) dropped.push(`${path}.${field}`);
  }
  if (isDay(raw.due)) item.due = (raw.due as string | null) ?? null;
  else if (raw.due !== undefined) dropped.push(`${path}.due`);
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
  const { reviewDate, updatedAt } = raw;
  const dayOk = isDay(reviewDate);
  if (!dayOk && reviewDate !== undefined) dropped.push(`${path}.reviewDate`);
  const timeOk =
    Number.isInteger(updatedAt) && (updatedAt as number) >= 0 && (updatedAt as number) <= 8.64e15;
  if (!timeOk && updatedAt !== undefined) dropped.push(`${path}.updatedAt`);
  return {
    items,
    reviewDate: dayOk ? ((reviewDate as string | null) ?? null) : null,
    updatedAt: timeOk ? (updatedAt as number) : 0,
  };
}
