// A stored plan read back field by field, as restoreAssessment reads an
// assessment: what is valid is kept, what is not is set aside and its path
// reported (so the caller keeps the original aside); a field left out takes its
// default. Plain checks, not the schema: this runs on the first page.
import { isCalendarDay, MAX_PLAN_ITEMS, MAX_PLAN_TEXT, type Plan, type PlanItem } from './planTypes.ts';

type Dict = Record<string, unknown>;
const isDict = (value: unknown): value is Dict =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/** `raw[key]` if `ok` says it is good (or it is absent: then `fallback`); otherwise reported, and `fallback`. */
function field<T>(
  raw: Dict,
  key: string,
  ok: (v: unknown) => boolean,
  fallback: T,
  at: string,
  dropped: string[],
): T {
  const value = raw[key];
  if (value === undefined) return fallback;
  if (ok(value)) return value as T;
  dropped.push(`${at}.${key}`);
  return fallback;
}

const isDay = (v: unknown) => v === null || (typeof v === 'string' && isCalendarDay(v));
const isText = (v: unknown) => typeof v === 'string' && v.length <= MAX_PLAN_TEXT;
const cut = (v: unknown) => (typeof v === 'string' ? v.slice(0, MAX_PLAN_TEXT) : '');

/** The plan stored at `path` (`assessments.<id>.plan`); null when there is none or it is not a plan. */
export function restorePlan(raw: unknown, path: string, dropped: string[]): Plan | null {
  if (raw === undefined || raw === null) return null;
  if (!isDict(raw)) {
    dropped.push(path);
    return null;
  }
  const items: PlanItem[] = [];
  const list = field<unknown[]>(raw, 'items', Array.isArray, [], path, dropped);
  list.forEach((value, index) => {
    const at = `${path}.items.${index}`;
    const itemId = isDict(value) ? value.itemId : undefined;
    if (
      !isDict(value) ||
      typeof itemId !== 'string' ||
      !itemId ||
      itemId.length > 200 ||
      items.length >= MAX_PLAN_ITEMS ||
      items.some((i) => i.itemId === itemId)
    ) {
      dropped.push(at);
      return;
    }
    // A text too long is cut (and reported), not lost.
    const text = (key: 'action' | 'support' | 'evidence') =>
      field(value, key, isText, cut(value[key]), at, dropped);
    items.push({
      itemId,
      action: text('action'),
      support: text('support'),
      due: field(value, 'due', isDay, null, at, dropped),
      evidence: text('evidence'),
    });
  });
  return {
    items,
    reviewDate: field(raw, 'reviewDate', isDay, null, path, dropped),
    updatedAt: field(
      raw,
      'updatedAt',
      (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 8.64e15,
      0,
      path,
      dropped,
    ),
  };
}
