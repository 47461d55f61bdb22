// Which statements an assessment covers, and how far it has come.
import type { Framework, Group, Item, Section } from '../framework/schema';
import type { Answer, Assessment } from './model';

export interface ScopedSection {
  section: Section;
  groups: { group: Group; items: Item[] }[];
  itemIds: string[];
}

/** Levels are cumulative: a group belongs to the chosen level if its own level is at or below it. */
export function groupInLevel(fw: Framework, group: Group, level: string | null): boolean {
  if (!level || !group.level || !fw.levels) return true;
  const order = fw.levels.map((l) => l.id);
  const chosen = order.indexOf(level);
  return chosen < 0 || order.indexOf(group.level) <= chosen;
}

export function scopeOf(fw: Framework, a: Pick<Assessment, 'sections' | 'level'>): ScopedSection[] {
  const wanted = new Set(a.sections);
  return fw.sections
    .filter((s) => wanted.size === 0 || wanted.has(s.id))
    .map((section) => {
      const groups = section.groups
        .filter((g) => groupInLevel(fw, g, a.level))
        .map((group) => ({ group, items: group.items }));
      return { section, groups, itemIds: groups.flatMap((g) => g.items.map((i) => i.id)) };
    })
    .filter((s) => s.itemIds.length > 0);
}

/** A statement counts as rated when it is not applicable, or has both a current and a target level. */
export function isRated(answer: Answer | undefined): boolean {
  if (!answer) return false;
  return answer.notApplicable || (answer.current !== null && answer.target !== null);
}

export interface Progress {
  rated: number;
  total: number;
}

export function progressOf(itemIds: readonly string[], answers: Assessment['answers']): Progress {
  let rated = 0;
  for (const itemId of itemIds) if (isRated(answers[itemId])) rated++;
  return { rated, total: itemIds.length };
}

/** The first unrated statement after `afterItemId` (wrapping around), or null when all are rated. */
export function nextUnrated(
  scope: readonly ScopedSection[],
  answers: Assessment['answers'],
  afterItemId?: string,
): { sectionId: string; itemId: string } | null {
  const all = scope.flatMap((s) => s.itemIds.map((itemId) => ({ sectionId: s.section.id, itemId })));
  const start = afterItemId ? all.findIndex((x) => x.itemId === afterItemId) + 1 : 0;
  for (let k = 0; k < all.length; k++) {
    const candidate = all[(start + k) % all.length];
    if (candidate && !isRated(answers[candidate.itemId])) return candidate;
  }
  return null;
}
