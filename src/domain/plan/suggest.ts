// Which statements the plan page offers, and what a plan says about the
// framework it was made on. Loaded with the plan page only.

import type { Framework } from '../framework/schema.ts';
import { itemsById } from '../framework/statements.ts';
import type { StatementResult } from '../results/gaps.ts';
import type { Plan } from './planTypes.ts';

/** How many statements the page suggests to pick from. */
export const SUGGESTED = 10;

/**
 * Rated statements with a positive gap (goal minus now), largest first, at
 * most `limit`. Ties go to the larger `tieBreak` (the others' view of the gap,
 * where there is one; a statement without it comes after those with it), then
 * to framework order.
 */
export function suggestAreas(
  results: readonly StatementResult[],
  tieBreak: (itemId: string) => number | null = () => null,
  limit = SUGGESTED,
): StatementResult[] {
  const rank = (r: StatementResult) => tieBreak(r.itemId) ?? Number.NEGATIVE_INFINITY;
  return results
    .map((r, index) => ({ r, index, tie: rank(r) }))
    .filter(({ r }) => r.gap !== null && r.gap > 0)
    .sort(
      (a, b) =>
        (b.r.gap ?? 0) - (a.r.gap ?? 0) ||
        (a.tie === b.tie ? 0 : b.tie > a.tie ? 1 : -1) ||
        a.index - b.index,
    )
    .slice(0, limit)
    .map(({ r }) => r);
}

/** The plan's statements the framework no longer has (its version changed, or a file named them). */
export function missingStatements(plan: Plan, fw: Framework): string[] {
  const known = itemsById(fw);
  return plan.items.map((i) => i.itemId).filter((id) => !known.has(id));
}
