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

/** Whether a request may be deleted: no result is collected for it (deleting it would lose none). */
export function deletable(
  requestId: string,
  collected: Readonly<Record<string, CollectedFeedback>>,
): boolean {
  return !Object.values(collected).some((c) => c.requestId === requestId);
}

/**
 * What tells the requests apart in the list: the day each was asked; where two
 * share a day, the day and time; where two share that too, a number after it
 * in the order they were made.
 */
export function distinctDates(days: readonly string[], times: readonly string[]): string[] {
  const count = (list: readonly string[], value: string) => list.filter((x) => x === value).length;
  const dates = days.map((day, i) => (count(days, day) > 1 ? (times[i] ?? day) : day));
  return dates.map((date, i) =>
    count(dates, date) > 1 ? `${date} (${count(dates.slice(0, i + 1), date)})` : date,
  );
}
