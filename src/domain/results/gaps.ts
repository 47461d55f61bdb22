// The gap model: per statement gap = target - current; means per group,
// section, kind, level and the whole assessment.
//
// How statements count is `statusOf` (assessment/scope.ts): only rated
// statements enter the means, and the mean gap is mean target - mean current
// over the same statements; not-applicable and unrated ones are counted apart.
import type { Assessment } from '../assessment/model.ts';
import { type ScopedSection, type StatementStatus, scopeOf, statusOf } from '../assessment/scope.ts';
import { inLevel } from '../framework/levels.ts';
import type { Framework, GroupKind } from '../framework/schema.ts';

export type { StatementStatus } from '../assessment/scope.ts';

export interface StatementResult {
  itemId: string;
  sectionId: string;
  groupId: string;
  kind: GroupKind;
  level: string | null;
  status: StatementStatus;
  current: number | null;
  target: number | null;
  /** target - current, for rated statements only. */
  gap: number | null;
  note: string;
}

export interface Aggregate {
  total: number;
  rated: number;
  notApplicable: number;
  unrated: number;
  meanCurrent: number | null;
  meanTarget: number | null;
  meanGap: number | null;
}

export function statementResults(
  scope: readonly ScopedSection[],
  answers: Assessment['answers'],
): StatementResult[] {
  return scope.flatMap(({ section, groups }) =>
    groups.flatMap(({ group, items }) =>
      items.map((item): StatementResult => {
        const answer = answers[item.id];
        const status = statusOf(answer);
        const current = answer?.current ?? null;
        const target = answer?.target ?? null;
        return {
          itemId: item.id,
          sectionId: section.id,
          groupId: group.id,
          kind: group.kind,
          level: group.level ?? null,
          status,
          current: status === 'not-applicable' ? null : current,
          target: status === 'not-applicable' ? null : target,
          gap: status === 'rated' && current !== null && target !== null ? target - current : null,
          note: answer?.note ?? '',
        };
      }),
    ),
  );
}

const mean = (values: number[]): number | null =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;

export function aggregate(results: readonly StatementResult[]): Aggregate {
  const rated = results.filter((r) => r.status === 'rated');
  const meanCurrent = mean(rated.map((r) => r.current ?? 0));
  const meanTarget = mean(rated.map((r) => r.target ?? 0));
  return {
    total: results.length,
    rated: rated.length,
    notApplicable: results.filter((r) => r.status === 'not-applicable').length,
    unrated: results.filter((r) => r.status === 'unrated').length,
    meanCurrent,
    meanTarget,
    meanGap: meanCurrent === null || meanTarget === null ? null : meanTarget - meanCurrent,
  };
}

export function groupBy<K extends string>(
  results: readonly StatementResult[],
  key: (r: StatementResult) => K,
): Map<K, StatementResult[]> {
  const map = new Map<K, StatementResult[]>();
  for (const r of results) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

export interface ResultFilter {
  sectionId?: string | null;
  kind?: GroupKind | null;
  /** With cumulative levels: statements at or below this level. */
  level?: string | null;
}

export function filterResults(
  fw: Framework,
  results: readonly StatementResult[],
  filter: ResultFilter,
): StatementResult[] {
  return results.filter(
    (r) =>
      (!filter.sectionId || r.sectionId === filter.sectionId) &&
      (!filter.kind || r.kind === filter.kind) &&
      inLevel(fw.levels, r.level, filter.level ?? null),
  );
}

/** Rated statements with a positive gap, largest first (ties: framework order). */
export function largestGaps(results: readonly StatementResult[]): StatementResult[] {
  return results
    .map((r, index) => ({ r, index }))
    .filter(({ r }) => r.gap !== null && r.gap > 0)
    .sort((a, b) => (b.r.gap ?? 0) - (a.r.gap ?? 0) || a.index - b.index)
    .map(({ r }) => r);
}

/**
 * The lowest current level worth naming as a strength: the middle of the scale
 * (2 on 0-4, 3 on 1-5), so reaching a goal of 0 or 1 is not a strength.
 */
export function strengthFloor(scale: readonly { value: number }[]): number {
  const values = scale.map((s) => s.value);
  if (!values.length) return 0;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min + (max - min) / 2;
}

/**
 * Rated statements where the current level reaches the target and is at least
 * `floor` (see `strengthFloor`), highest current level first; 0 of 0 never is one.
 */
export function strengths(results: readonly StatementResult[], floor: number): StatementResult[] {
  return results
    .map((r, index) => ({ r, index }))
    .filter(({ r }) => r.gap !== null && r.gap <= 0 && r.current !== null && r.current >= floor)
    .sort((a, b) => (b.r.current ?? 0) - (a.r.current ?? 0) || a.index - b.index)
    .map(({ r }) => r);
}

/** Statements marked not applicable, in framework order. */
export function notApplicable(results: readonly StatementResult[]): StatementResult[] {
  return results.filter((r) => r.status === 'not-applicable');
}

/** Rows with a mean gap, largest first (ties keep their order); rows without one are left out. */
export function byMeanGap<T extends { aggregate: Aggregate }>(rows: readonly T[]): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.aggregate.meanGap !== null)
    .sort((a, b) => (b.row.aggregate.meanGap ?? 0) - (a.row.aggregate.meanGap ?? 0) || a.index - b.index)
    .map(({ row }) => row);
}

export interface AssessmentResults {
  statements: StatementResult[];
  overall: Aggregate;
  bySection: { sectionId: string; aggregate: Aggregate }[];
  byKind: { kind: GroupKind; aggregate: Aggregate }[];
  /**
   * By the level a statement belongs to (its group's own level, in the
   * framework's order; null: statements of every level), only when the
   * framework has levels.
   */
  byLevel: { level: string | null; aggregate: Aggregate }[];
}

export function assessmentResults(
  fw: Framework,
  a: Pick<Assessment, 'sections' | 'level' | 'answers'>,
): AssessmentResults {
  const scope = scopeOf(fw, a);
  const statements = statementResults(scope, a.answers);
  return {
    statements,
    overall: aggregate(statements),
    bySection: scope.map(({ section }) => ({
      sectionId: section.id,
      aggregate: aggregate(statements.filter((s) => s.sectionId === section.id)),
    })),
    byKind: [...groupBy(statements, (s) => s.kind)].map(([kind, list]) => ({
      kind,
      aggregate: aggregate(list),
    })),
    byLevel: fw.levels?.length
      ? [null, ...fw.levels.map((l) => l.id)]
          .map((level) => ({ level, list: statements.filter((s) => s.level === level) }))
          .filter(({ list }) => list.length > 0)
          .map(({ level, list }) => ({ level, aggregate: aggregate(list) }))
      : [],
  };
}
