// Self beside others: for every statement of an assessment, the person's own
// current level beside the levels raters gave (median and range, how many),
// and the goal raters gave when the request asked for it. A named rater is
// shown by name; anonymous raters only as a group, and only as many as the
// anonymity rule allows (groupPicture.ts: enoughToShow). Two lists lead:
// hidden strengths (others higher than self) and blind spots (self higher).
import type { Assessment } from '../assessment/model.ts';
import { scopeOf } from '../assessment/scope.ts';
import type { Framework } from '../framework/schema.ts';
import { enoughToShow, quantile, shownFrom } from '../workshop/groupPicture.ts';
import type { GivenFeedback } from './feedbackCode.ts';
import { type RaterNotes, raterNotes } from './raterNotes.ts';
import { byRater } from './raters.ts';

export interface Spread {
  n: number;
  median: number;
  min: number;
  max: number;
}

export interface NamedRating {
  rater: string;
  current: number | null;
  target: number | null;
}

export interface StatementView {
  itemId: string;
  sectionId: string;
  self: number | null;
  selfTarget: number | null;
  /** The raters shown as a group (named ones, and anonymous ones when there are enough); null when none. */
  others: Spread | null;
  othersTarget: Spread | null;
  named: NamedRating[];
  /** Anonymous raters who rated this statement and are not shown, too few to be a group. */
  anonymousHidden: number;
  /** What raters wrote on this statement, as far as it may be shown (raterNotes.ts). */
  notes: RaterNotes;
  /** others' median - self. */
  difference: number | null;
  /** Shown raters whose level is above, and below, the person's own. */
  higher: number;
  lower: number;
}

export interface SectionView {
  sectionId: string;
  /** The mean of the person's own current levels. */
  self: number | null;
  /** Over the shown raters' own means for the section. */
  others: Spread | null;
}

export interface OthersView {
  raters: number;
  named: number;
  anonymous: number;
  /** Whether the anonymous raters are enough to be shown as a group. */
  anonymousShown: boolean;
  /** How many anonymous raters it takes to show them as a group (`shownFrom`). */
  anonymousFrom: number;
  statements: StatementView[];
  sections: SectionView[];
  /** Others higher than self: the largest difference first, then the most raters higher. */
  hiddenStrengths: StatementView[];
  /** Self higher than others: the largest difference first, then the most raters lower. */
  blindSpots: StatementView[];
}

function spread(values: readonly number[]): Spread | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
  };
}

const mean = (values: readonly number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;

const levelOf = (f: GivenFeedback, itemId: string, key: 'current' | 'target') => {
  const r = Object.hasOwn(f.ratings, itemId) ? f.ratings[itemId] : undefined;
  return r && !r.notApplicable ? r[key] : null;
};

/** The others' view of an assessment, from the feedback collected for it. */
export function othersView(
  fw: Framework,
  assessment: Pick<Assessment, 'sections' | 'level' | 'answers'>,
  feedback: readonly GivenFeedback[],
  threshold?: number,
): OthersView {
  const { named, anonymous } = byRater(feedback);
  const anonymousShown = enoughToShow(anonymous.length, threshold);
  const scope = scopeOf(fw, assessment);
  const own = (itemId: string) => {
    const a = Object.hasOwn(assessment.answers, itemId) ? assessment.answers[itemId] : undefined;
    return a && !a.notApplicable ? a : null;
  };
  const statements = scope.flatMap(({ section, itemIds }) =>
    itemIds.map((itemId): StatementView => {
      const mine = own(itemId)?.current ?? null;
      const ratedAnon = anonymous.filter((f) => levelOf(f, itemId, 'current') !== null);
      const shownAnon = anonymousShown && enoughToShow(ratedAnon.length, threshold) ? ratedAnon : [];
      const shown = [...named, ...shownAnon];
      const levels = (key: 'current' | 'target') =>
        shown.map((f) => levelOf(f, itemId, key)).filter((v): v is number => v !== null);
      const others = spread(levels('current'));
      const currents = levels('current');
      return {
        itemId,
        sectionId: section.id,
        self: mine,
        selfTarget: own(itemId)?.target ?? null,
        others,
        othersTarget: spread(levels('target')),
        named: named
          .map((f) => ({
            rater: f.rater,
            current: levelOf(f, itemId, 'current'),
            target: levelOf(f, itemId, 'target'),
          }))
          .filter((r) => r.current !== null || r.target !== null),
        anonymousHidden: ratedAnon.length - shownAnon.length,
        notes: raterNotes(feedback, itemId, threshold),
        difference: others && mine !== null ? others.median - mine : null,
        higher: mine === null ? 0 : currents.filter((v) => v > mine).length,
        lower: mine === null ? 0 : currents.filter((v) => v < mine).length,
      };
    }),
  );
  const sections = scope.map(({ section }): SectionView => {
    const list = statements.filter((s) => s.sectionId === section.id);
    const ids = list.map((s) => s.itemId);
    const meansOf = (list: readonly GivenFeedback[]) =>
      list
        .map((f) => mean(ids.map((id) => levelOf(f, id, 'current')).filter((v): v is number => v !== null)))
        .filter((v): v is number => v !== null);
    const anonMeans = anonymousShown ? meansOf(anonymous) : [];
    // Anonymous raters enter a section's figure only as a group large enough to be shown.
    const usable = [...meansOf(named), ...(enoughToShow(anonMeans.length, threshold) ? anonMeans : [])];
    return {
      sectionId: section.id,
      self: mean(list.map((s) => s.self).filter((v): v is number => v !== null)),
      others: spread(usable),
    };
  });
  const by = (pick: (s: StatementView) => number) => (a: StatementView, b: StatementView) =>
    Math.abs(b.difference ?? 0) - Math.abs(a.difference ?? 0) || pick(b) - pick(a);
  return {
    raters: feedback.length,
    named: named.length,
    anonymous: anonymous.length,
    anonymousShown,
    anonymousFrom: shownFrom(threshold),
    statements,
    sections,
    hiddenStrengths: statements.filter((s) => (s.difference ?? 0) > 0).sort(by((s) => s.higher)),
    blindSpots: statements.filter((s) => (s.difference ?? 0) < 0).sort(by((s) => s.lower)),
  };
}

/** What the results' summary sentence says of others' view. */
export interface OthersSummary {
  /** The raters whose ratings are shown: every named one, the anonymous ones as a group large enough. */
  raters: number;
  /** Anonymous raters left out, too few to be shown as a group, and how many it takes. */
  anonymousHidden: number;
  anonymousFrom: number;
  hiddenStrengths: number;
  blindSpots: number;
}

/**
 * Others' view in a sentence's numbers, or null where none of it is shown (no
 * feedback collected, or only anonymous raters too few to show).
 */
export function othersSummary(view: OthersView | null): OthersSummary | null {
  if (!view?.statements.some((s) => s.others)) return null;
  return {
    raters: view.named + (view.anonymousShown ? view.anonymous : 0),
    anonymousHidden: view.anonymousShown ? 0 : view.anonymous,
    anonymousFrom: view.anonymousFrom,
    hiddenStrengths: view.hiddenStrengths.length,
    blindSpots: view.blindSpots.length,
  };
}
