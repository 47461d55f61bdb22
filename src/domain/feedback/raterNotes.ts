// What raters wrote beside a statement, as the person may see it. A named
// rater's note is shown by name. Anonymous raters' notes are shown only where
// enough anonymous raters rated that statement to be shown as a group
// (groupPicture.ts: enoughToShow, as their levels are), and then sorted by
// their text: neither the order they came in nor a level hints at who wrote one.
import { enoughToShow } from '../workshop/groupPicture.ts';
import type { GivenFeedback } from './feedbackCode.ts';

export interface RaterNotes {
  named: { rater: string; text: string }[];
  anonymous: string[];
}

const rated = (f: GivenFeedback, itemId: string) => {
  const r = Object.hasOwn(f.ratings, itemId) ? f.ratings[itemId] : undefined;
  return !!r && !r.notApplicable && r.current !== null;
};

const noteOf = (f: GivenFeedback, itemId: string) =>
  Object.hasOwn(f.notes, itemId) ? (f.notes[itemId] ?? '').trim() : '';

/** The notes raters wrote on one statement that may be shown to the person. */
export function raterNotes(
  feedback: readonly GivenFeedback[],
  itemId: string,
  threshold?: number,
): RaterNotes {
  const named = feedback
    .filter((f) => f.rater !== '' && noteOf(f, itemId) !== '')
    .map((f) => ({ rater: f.rater, text: noteOf(f, itemId) }));
  const anonymous = feedback.filter((f) => f.rater === '');
  const ratedAnon = anonymous.filter((f) => rated(f, itemId));
  const shown = enoughToShow(anonymous.length, threshold) && enoughToShow(ratedAnon.length, threshold);
  return {
    named,
    anonymous: shown
      ? ratedAnon
          .map((f) => noteOf(f, itemId))
          .filter((t) => t !== '')
          .sort()
      : [],
  };
}
