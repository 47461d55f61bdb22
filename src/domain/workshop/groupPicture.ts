// The group picture of a workshop: for every statement the distribution of the
// room's current and target levels, median and interquartile range, how many
// want to move and by how much, and how much the room disagrees (Leik's ordinal
// dispersion). Anonymous by design: results count as a set (no order, no ids),
// and a statement rated by fewer participants than the threshold shows no
// distribution (nor does it enter a section's or a kind's).
import type { GroupKind } from '../framework/schema.ts';
import { type Exercise, type ExerciseLayout, MIN_THRESHOLD } from './exercise.ts';
import type { WorkshopResult } from './resultCode.ts';

export interface Distribution {
  /** Participants per scale step, in the scale's order. */
  counts: number[];
  n: number;
  median: number;
  q1: number;
  q3: number;
  /**
   * Leik's ordinal dispersion: 0 when everyone gives the same level, 1 when the
   * room splits evenly between the two ends of the scale.
   */
  dispersion: number;
}

export interface StatementPicture {
  itemId: string;
  sectionId: string;
  groupId: string;
  kind: GroupKind;
  /** Below the threshold: no distribution is shown. */
  hidden: boolean;
  /** Participants with a current level, with a target level, marked not applicable, with neither. */
  rated: number;
  targeted: number;
  notApplicable: number;
  unrated: number;
  current: Distribution | null;
  target: Distribution | null;
  /** Of those with both levels: how many want to move up, and the median of target - current. */
  moving: number;
  withBoth: number;
  medianGap: number | null;
}

export interface PooledPicture {
  current: Distribution | null;
  target: Distribution | null;
  statements: number;
}

export interface GroupPicture {
  participants: number;
  threshold: number;
  scale: number[];
  statements: StatementPicture[];
  bySection: { sectionId: string; picture: PooledPicture }[];
  byKind: { kind: GroupKind; picture: PooledPicture }[];
  /** Visible statements where most want to move, most first (ties: the larger median gap). */
  sharedGaps: StatementPicture[];
  /** Visible statements by how much the room disagrees about the current level, most first. */
  disagreement: StatementPicture[];
}

/**
 * The anonymity rule, once for the app: anonymous ratings are shown only as a
 * group of at least `threshold` people, and never of fewer than MIN_THRESHOLD.
 */
export function enoughToShow(count: number, threshold: number = MIN_THRESHOLD): boolean {
  return count >= shownFrom(threshold);
}

/** How many people a group must have before it is shown (the rule of `enoughToShow`). */
export function shownFrom(threshold: number = MIN_THRESHOLD): number {
  return Math.max(threshold, MIN_THRESHOLD);
}

/** The value at quantile p of sorted values (linear between neighbours, as most statistics software does). */
export function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const below = sorted[lo] ?? 0;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] ?? below;
  return below + (above - below) * (at - lo);
}

export function distribution(counts: readonly number[], scale: readonly number[]): Distribution | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const sorted = counts.flatMap((c, i) => new Array<number>(c).fill(scale[i] ?? 0));
  let cumulative = 0;
  let spread = 0;
  for (let i = 0; i < counts.length - 1; i++) {
    cumulative += counts[i] ?? 0;
    const f = cumulative / n;
    spread += f <= 0.5 ? f : 1 - f;
  }
  return {
    counts: [...counts],
    n,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    dispersion: counts.length > 1 ? (2 * spread) / (counts.length - 1) : 0,
  };
}

function pooled(list: readonly StatementPicture[], scale: readonly number[]): PooledPicture {
  const visible = list.filter((s) => !s.hidden);
  const sum = (pick: (s: StatementPicture) => Distribution | null) =>
    scale.map((_, i) => visible.reduce((n, s) => n + (pick(s)?.counts[i] ?? 0), 0));
  return {
    current: distribution(
      sum((s) => s.current),
      scale,
    ),
    target: distribution(
      sum((s) => s.target),
      scale,
    ),
    statements: visible.length,
  };
}

export function groupPicture(
  exercise: Pick<Exercise, 'threshold'>,
  layout: ExerciseLayout,
  results: readonly WorkshopResult[],
): GroupPicture {
  const { scale } = layout;
  const where = layout.scope.flatMap(({ section, groups }) =>
    groups.flatMap(({ group, items }) =>
      items.map((item) => ({ itemId: item.id, sectionId: section.id, groupId: group.id, kind: group.kind })),
    ),
  );
  const enough = enoughToShow(results.length, exercise.threshold);
  const statements = where.map((w, index): StatementPicture => {
    const current = scale.map(() => 0);
    const target = scale.map(() => 0);
    const gaps: number[] = [];
    let notApplicable = 0;
    let unrated = 0;
    for (const r of results) {
      const rating = r.ratings[index];
      if (!rating || rating.notApplicable) {
        if (rating?.notApplicable) notApplicable++;
        else unrated++;
        continue;
      }
      const c = rating.current === null ? -1 : scale.indexOf(rating.current);
      const t = rating.target === null ? -1 : scale.indexOf(rating.target);
      if (c < 0 && t < 0) unrated++;
      if (c >= 0) current[c] = (current[c] ?? 0) + 1;
      if (t >= 0) target[t] = (target[t] ?? 0) + 1;
      if (rating.current !== null && rating.target !== null) gaps.push(rating.target - rating.current);
    }
    const rated = current.reduce((a, b) => a + b, 0);
    const targeted = target.reduce((a, b) => a + b, 0);
    const hidden = !enough || !enoughToShow(Math.min(rated, targeted), exercise.threshold);
    const sortedGaps = [...gaps].sort((a, b) => a - b);
    return {
      ...w,
      hidden,
      rated,
      targeted,
      notApplicable,
      unrated,
      current: hidden ? null : distribution(current, scale),
      target: hidden ? null : distribution(target, scale),
      moving: hidden ? 0 : gaps.filter((g) => g > 0).length,
      withBoth: hidden ? 0 : gaps.length,
      medianGap: hidden || !gaps.length ? null : quantile(sortedGaps, 0.5),
    };
  });
  const sections = [...new Set(where.map((w) => w.sectionId))];
  const kinds = [...new Set(where.map((w) => w.kind))];
  const visible = statements.filter((s) => !s.hidden);
  return {
    participants: results.length,
    threshold: exercise.threshold,
    scale: [...scale],
    statements,
    bySection: sections.map((sectionId) => ({
      sectionId,
      picture: pooled(
        statements.filter((s) => s.sectionId === sectionId),
        scale,
      ),
    })),
    byKind: kinds.map((kind) => ({
      kind,
      picture: pooled(
        statements.filter((s) => s.kind === kind),
        scale,
      ),
    })),
    sharedGaps: visible
      .filter((s) => s.moving > 0)
      .sort(
        (a, b) => b.moving / b.withBoth - a.moving / a.withBoth || (b.medianGap ?? 0) - (a.medianGap ?? 0),
      ),
    disagreement: visible
      .filter((s) => s.current)
      .sort((a, b) => (b.current?.dispersion ?? 0) - (a.current?.dispersion ?? 0)),
  };
}
