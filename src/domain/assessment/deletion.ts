// What deleting an assessment takes with it, for the dialog that asks first: the
// feedback requests made from it and the results collected for them (the store's
// `remove` deletes them too: splitFeedback), and its plan and earlier levels,
// which the assessments that rated it again (previousId: plan/carry.ts) show.
import { splitFeedback } from '../feedback/request.ts';
import type { UserData } from './merge.ts';
import { type Assessment, ratersOnly } from './model.ts';

export interface Deletion {
  /** The assessments that rated it again, oldest first (a rater's copy not kept is not listed). */
  followUps: Assessment[];
  /** Whether it has a plan with a statement (deleted with it). */
  plan: boolean;
  /** Whether its follow-ups show that plan beside its earlier levels (they show the levels in any case). */
  planShown: boolean;
  /** The feedback requests made from it, and the raters' results collected for them. */
  requests: number;
  results: number;
}

export function whatDeletionTakes(
  data: Pick<UserData, 'assessments' | 'feedbackRequests' | 'feedbackResults'>,
  id: string,
): Deletion {
  const followUps = Object.values(data.assessments)
    .filter((x) => x.previousId === id && x.id !== id && !ratersOnly(x))
    .sort((a, b) => a.createdAt - b.createdAt);
  const a = Object.hasOwn(data.assessments, id) ? data.assessments[id] : undefined;
  const { gone } = splitFeedback(data, id);
  const plan = (a?.plan?.items.length ?? 0) > 0;
  return {
    followUps,
    plan,
    planShown: followUps.length > 0 && plan,
    requests: Object.keys(gone.feedbackRequests).length,
    results: Object.keys(gone.feedbackResults).length,
  };
}
