// Which statements an assessment covers, and how far it has come.
import { inLevel } from '../framework/levels.ts';
import type { Framework, Group, Item, Section } from '../framework/schema.ts';
import { ratedItems } from '../framework/statements.ts';
import type { Answer, Assessment } from './model.ts';

export interface ScopedSection {
  section: Section;
  /** Every group, in order; `items` are those rated (none for a group shown as text, `rated: false`). */
  groups: { group: Group; items: Item[] }[];
  itemIds: string[];
}

/**
 * The statements an assessment covers, section by section, in the framework's
 * order; a section with nothing to rate at the level is left out.
 */
export function scopeOf(fw: Framework, a: Pick<Assessment, 'sections' | 'level'>): ScopedSection[] {
  const wanted = new Set(a.sections);
  return fw.sections
    .filter((s) => wanted.size === 0 || wanted.has(s.id))
    .map((section) => {
      const groups = section.groups
        .filter((g) => inLevel(fw.levels, g.level, a.level))
        .map((group) => ({ group, items: ratedItems(group) }));
      return { section, groups, itemIds: groups.flatMap((g) => g.items.map((i) => i.id)) };
    })
    .filter((s) => s.itemIds.length > 0);
}

/** Every statement id of a scope, in order. */
export function scopedItemIds(scope: readonly ScopedSection[]): string[] {
  return scope.flatMap((s) => s.itemIds);
}

export type StatementStatus = 'rated' | 'not-applicable' | 'unrated';

/**
 * Whether an assessment asks for a goal beside the current level: every one
 * does but a rater's (`feedback`) whose request did not ask for one.
 */
export function asksGoal(a: Pick<Assessment, 'feedback'>): boolean {
  return a.feedback?.goal ?? true;
}

/**
 * How a statement counts, the one definition: rated with a current level and,
 * where the assessment asks for one (`asksGoal`), a target level; not
 * applicable when so marked (whatever levels it kept); unrated otherwise,
 * including a statement with only one of the two levels asked for.
 */
export function statusOf(answer: Answer | undefined, goal = true): StatementStatus {
  if (!answer) return 'unrated';
  if (answer.notApplicable) return 'not-applicable';
  return answer.current !== null && (!goal || answer.target !== null) ? 'rated' : 'unrated';
}

/** Done with: rated or not applicable (what progress counts); `goal` as `asksGoal` says. */
export function isAnswered(answer: Answer | undefined, goal = true): boolean {
  return statusOf(answer, goal) !== 'unrated';
}

/**
 * The assessment, marked complete (once: the first time) when every statement
 * it covers is answered. The operations that answer call this; no view decides it.
 */
export function withCompletion(a: Assessment, covered: readonly string[], now: number): Assessment {
  if (a.completedAt !== null || covered.length === 0) return a;
  const goal = asksGoal(a);
  return covered.every((id) => isAnswered(a.answers[id], goal)) ? { ...a, completedAt: now } : a;
}

export interface Progress {
  rated: number;
  total: number;
}

/** How many of `itemIds` are answered; `goal` as `asksGoal` says of the assessment. */
export function progressOf(
  itemIds: readonly string[],
  answers: Assessment['answers'],
  goal = true,
): Progress {
  let rated = 0;
  for (const itemId of itemIds) if (isAnswered(answers[itemId], goal)) rated++;
  return { rated, total: itemIds.length };
}

/**
 * The first unrated statement after `afterItemId` (wrapping around), or null
 * when all are rated; `goal` as `asksGoal` says of the assessment.
 */
export function nextUnrated(
  scope: readonly ScopedSection[],
  answers: Assessment['answers'],
  afterItemId?: string,
  goal = true,
): { sectionId: string; itemId: string } | null {
  const all = scope.flatMap((s) => s.itemIds.map((itemId) => ({ sectionId: s.section.id, itemId })));
  const start = afterItemId ? all.findIndex((x) => x.itemId === afterItemId) + 1 : 0;
  for (let k = 0; k < all.length; k++) {
    const candidate = all[(start + k) % all.length];
    if (candidate && !isAnswered(answers[candidate.itemId], goal)) return candidate;
  }
  return null;
}
