// Who gave feedback: a rater who gave a name or role is named by it, one who
// gave none is anonymous and only counted. The one split, for the request's
// page (`raterCount`) and for self beside others (othersView.ts).
import type { GivenFeedback } from './feedbackCode.ts';

/** The feedback given by name and that given anonymously. */
export function byRater<T extends Pick<GivenFeedback, 'rater'>>(feedback: readonly T[]) {
  return { named: feedback.filter((f) => f.rater !== ''), anonymous: feedback.filter((f) => f.rater === '') };
}

/** What a request's page says of who gave feedback. */
export interface RaterCount {
  /** The results that read against the request. */
  received: number;
  anonymous: number;
  /** The named raters' names or roles, in the order their results came in. */
  names: string[];
}

export function raterCount(feedback: readonly Pick<GivenFeedback, 'rater'>[]): RaterCount {
  const { named, anonymous } = byRater(feedback);
  return { received: feedback.length, anonymous: anonymous.length, names: named.map((f) => f.rater) };
}
