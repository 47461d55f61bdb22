// "Remove my answers from this device": a rater's answers to one feedback
// request removed, their ids kept among the deleted so that no tab brings them
// back (domain/feedback/removedAnswers.ts). Apart from the store's actions
// (userData.ts, on the first page): this loads with the rater's pages.
import type { StoreApi } from 'zustand';
import { ratersAnswersTo } from '../domain/feedback/removedAnswers.ts';
import type { UserDataStore } from './userData.ts';

/** Removes the rater's answers to `requestId` (a copy they kept stays); the ids removed. No undo. */
export function removeRatersAnswers(
  store: Pick<StoreApi<UserDataStore>, 'setState' | 'getState'>,
  requestId: string,
  now = Date.now(),
): string[] {
  const ids = ratersAnswersTo(store.getState().assessments, requestId);
  if (!ids.length) return ids;
  store.setState((s) => {
    const assessments = { ...s.assessments };
    const deleted = { ...s.deleted };
    for (const id of ids) {
      delete assessments[id];
      deleted[id] = now;
    }
    return { assessments, deleted };
  });
  return ids;
}
