// The stored feedback (version 4 on): the requests a person made and the
// results collected for them, read entry by entry. A bad entry is set aside
// and reported (so the original is kept aside), never dropped silently.
import {
  type CollectedFeedback,
  collectedFeedbackSchema,
  type FeedbackRequest,
  feedbackKey,
  feedbackRequestSchema,
} from './request.ts';

/** The entries of a stored map, with `__proto__`-like keys and wrong types reported (persisted.ts). */
type Entries = (raw: unknown, path: string, dropped: string[]) => [string, unknown][];

export interface StoredFeedback {
  feedbackRequests: Record<string, FeedbackRequest>;
  feedbackResults: Record<string, CollectedFeedback>;
}

export function restoreFeedback(
  source: Record<string, unknown>,
  entries: Entries,
  dropped: string[],
): StoredFeedback {
  const feedbackRequests: Record<string, FeedbackRequest> = {};
  for (const [key, value] of entries(source.feedbackRequests, 'feedbackRequests', dropped)) {
    const parsed = feedbackRequestSchema.safeParse(value);
    if (parsed.success && parsed.data.id === key) feedbackRequests[key] = parsed.data;
    else dropped.push(`feedbackRequests.${key}`);
  }
  const feedbackResults: Record<string, CollectedFeedback> = {};
  for (const [key, value] of entries(source.feedbackResults, 'feedbackResults', dropped)) {
    const parsed = collectedFeedbackSchema.safeParse(value);
    if (parsed.success && key === feedbackKey(parsed.data.requestId, parsed.data.resultId))
      feedbackResults[key] = parsed.data;
    else dropped.push(`feedbackResults.${key}`);
  }
  return { feedbackRequests, feedbackResults };
}
