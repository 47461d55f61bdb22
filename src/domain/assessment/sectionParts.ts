// A long section is shown a part at a time, so that the page never holds more
// than a part's statements (10,000 in one section would make every frame slow).
import { isRated } from '../framework/statements.ts';
import type { ScopedSection } from './scope.ts';

/** Statements in one part of a section. */
export const PART_SIZE = 100;

export interface PartRange {
  /** The first statement's position in the section, from 0. */
  start: number;
  /** How many statements the part holds. */
  count: number;
}

/** How many parts a section of `total` statements has (at least one). */
export function partCount(total: number, size = PART_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Where part `index` starts and how many statements it holds. */
export function partRange(total: number, index: number, size = PART_SIZE): PartRange {
  const start = Math.min(Math.max(0, index), partCount(total, size) - 1) * size;
  return { start, count: Math.max(0, Math.min(size, total - start)) };
}

/** The part that holds a statement, or null when the section does not hold it. */
export function partOf(itemIds: readonly string[], itemId: string, size = PART_SIZE): number | null {
  const at = itemIds.indexOf(itemId);
  return at < 0 ? null : Math.floor(at / size);
}

/**
 * The statements at positions `start` up to (not including) `end` of a
 * section, in their groups, in order; a group with none of them is left out.
 * A group with nothing to rate (shown as text) goes with the statement after
 * it, or with the last statements when none follows.
 */
export function statementsBetween(
  groups: ScopedSection['groups'],
  start: number,
  end: number,
): ScopedSection['groups'] {
  const out: ScopedSection['groups'] = [];
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  let before = 0;
  for (const g of groups) {
    if (!isRated(g.group)) {
      if (before >= start && (before < end || (before === end && end >= total))) out.push(g);
      continue;
    }
    if (before >= end) break;
    const from = Math.max(0, start - before);
    const to = Math.min(g.items.length, end - before);
    if (to > from) out.push({ group: g.group, items: g.items.slice(from, to) });
    before += g.items.length;
  }
  return out;
}
