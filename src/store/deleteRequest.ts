// Deleting a feedback request that has no results yet (a request made twice, or
// never sent), from its page. Apart from the store's actions (userData.ts, on
// the first page): this loads with the request page. Another tab that still
// holds the request does not bring it back: the merge (assessment/merge.ts,
// rebaseRecord) lays over what is stored only what that tab changed.
import type { StoreApi } from 'zustand';
import { deletable } from '../domain/feedback/requestList.ts';
import type { UserDataStore } from './userData.ts';

/** Deletes the request if it is kept and no result is collected for it; whether it did. */
export function deleteFeedbackRequest(
  store: Pick<StoreApi<UserDataStore>, 'setState' | 'getState'>,
  requestId: string,
): boolean {
  const { feedbackRequests, feedbackResults } = store.getState();
  if (!Object.hasOwn(feedbackRequests, requestId) || !deletable(requestId, feedbackResults)) return false;
  store.setState((s) => {
    const { [requestId]: _gone, ...rest } = s.feedbackRequests;
    return { feedbackRequests: rest };
  });
  return true;
}
