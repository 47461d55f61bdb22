// The feedback requests of one assessment as its results list them, one link
// each: in the order they were made, each with how many results were collected
// for it, so that several requests (asked again, or asked of other people) can be told apart.
import type { CollectedFeedback, FeedbackRequest } from './request.ts';

export interface ListedRequest {
  request: FeedbackRequest;
  /** The results collected for this request (one per rater: a newer code replaces the earlier one). */
  results: number;
}

export function listedRequests(
  requests: readonly FeedbackRequest[],
  collected: Readonly<Record<string, CollectedFeedback>>,
): ListedRequest[] {
  const counts = new Map<string, number>();
  for (const c of Object.values(collected)) counts.set(c.requestId, (counts.get(c.requestId) ?? 0) + 1);
  return [...requests]
    .sort((x, y) => x.createdAt - y.createdAt || x.id.localeCompare(y.id))
    .map((request) => ({ request, results: counts.get(request.id) ?? 0 }));
}
