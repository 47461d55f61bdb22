// Assessments opened from a saved file, with the feedback that came with them.
// Apart from the store's actions (userData.ts, on the first page): this loads
// with the list page that opens files. The rule is domain/assessment/importMerge.ts.
import type { StoreApi } from 'zustand';
import { type ImportItem, mergeImport } from '../domain/assessment/importMerge.ts';
import type { FileFeedback } from '../domain/feedback/importedFeedback.ts';
import type { UserDataStore } from './userData.ts';

const NO_FEEDBACK: FileFeedback = { feedbackRequests: [], feedbackResults: [] };

/** Adds the file's assessments (as they are, as a copy beside one kept, or replacing it) and their feedback, in one write; the ids they are kept under. */
export function importAssessments(
  store: Pick<StoreApi<UserDataStore>, 'setState'>,
  items: readonly ImportItem[],
  now = Date.now(),
  feedback: FileFeedback = NO_FEEDBACK,
): string[] {
  let ids: string[] = [];
  store.setState((s) => {
    const merged = mergeImport(s, items, feedback, now);
    ids = merged.ids;
    return merged.kept;
  });
  return ids;
}
