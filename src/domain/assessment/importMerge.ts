// Assessments opened from a saved file laid over what is kept, with the feedback
// that came with them (importFile.ts reads it), in one change of the stored data.
// Nothing kept is dropped, and nothing kept is written over by an older copy:
// - an assessment is added as it is, replaces the one kept with its id, or ("keep
//   both") is added beside it under a new id;
// - a request already kept stays bound to its own assessment (a request is one
//   link raters answer, so it belongs to one assessment); a request not kept yet
//   is bound to the id its assessment gets here (a new one for "keep both");
// - a result is merged by its key (feedbackKey): the same code counts once, and a
//   different code replaces the kept one only when it was added later.
import type { FileFeedback } from '../feedback/importedFeedback.ts';
import { type CollectedFeedback, type FeedbackRequest, feedbackKey } from '../feedback/request.ts';
import { resultChange } from '../workshop/keptResult.ts';
import type { UserData } from './merge.ts';
import { type Assessment, newId, withTimesUpTo } from './model.ts';

export type ImportMode = 'add' | 'keep-both' | 'replace';

export interface ImportItem {
  assessment: Assessment;
  mode: ImportMode;
}

export type Kept = Pick<UserData, 'assessments' | 'feedbackRequests' | 'feedbackResults'>;

/** The id each of the file's assessments is kept under: its own, or a new one beside the one kept. */
function keptIds(items: readonly ImportItem[], makeId: () => string): Map<string, string> {
  return new Map(items.map(({ assessment: a, mode }) => [a.id, mode === 'keep-both' ? makeId() : a.id]));
}

/** The assessment a request of the file is bound to once kept (undefined: its assessment is not opened). */
function boundTo(
  r: FeedbackRequest,
  kept: Kept['feedbackRequests'],
  ids: ReadonlyMap<string, string>,
): string | undefined {
  return Object.hasOwn(kept, r.id) ? kept[r.id]?.assessmentId : ids.get(r.assessmentId);
}

/**
 * How many of the file's feedback results come with each of its assessments (by
 * the id in the file), as `mergeImport` keeps them: what the preview says.
 */
export function feedbackComing(
  items: readonly ImportItem[],
  feedback: FileFeedback,
  kept: Kept['feedbackRequests'],
): Map<string, number> {
  // A copy beside a kept one gets an id no request is bound to yet.
  const ids = new Map(
    items.map(({ assessment: a, mode }) => [a.id, mode === 'keep-both' ? `\0${a.id}` : a.id]),
  );
  const byId = new Map([...ids].map(([fileId, id]) => [id, fileId]));
  const requestOf = new Map<string, string>();
  for (const r of feedback.feedbackRequests) {
    const fileId = byId.get(boundTo(r, kept, ids) ?? '');
    if (fileId !== undefined) requestOf.set(r.id, fileId);
  }
  const counts = new Map(items.map(({ assessment: a }) => [a.id, 0]));
  for (const r of feedback.feedbackResults) {
    const fileId = requestOf.get(r.requestId);
    if (fileId !== undefined) counts.set(fileId, (counts.get(fileId) ?? 0) + 1);
  }
  return counts;
}

/** Whether a result from the file is kept over `earlier`, the one kept under its key. */
function takes(earlier: CollectedFeedback | undefined, r: CollectedFeedback): boolean {
  const change = resultChange(earlier, r.code);
  return change === 'added' || (change === 'updated' && !!earlier && r.addedAt > earlier.addedAt);
}

/** What is kept after the file's assessments and feedback are laid over `kept` at time `at`, and the ids the assessments are kept under. */
export function mergeImport(
  kept: Kept,
  items: readonly ImportItem[],
  feedback: FileFeedback,
  at: number,
  makeId: () => string = newId,
): { kept: Kept; ids: string[] } {
  const ids = keptIds(items, makeId);
  const assessments = { ...kept.assessments };
  for (const { assessment } of items) {
    const id = ids.get(assessment.id) ?? assessment.id;
    assessments[id] = { ...withTimesUpTo(assessment, at), id, updatedAt: at, metaUpdatedAt: at };
  }
  const feedbackRequests = { ...kept.feedbackRequests };
  for (const r of feedback.feedbackRequests) {
    if (Object.hasOwn(kept.feedbackRequests, r.id)) continue;
    const assessmentId = ids.get(r.assessmentId);
    if (assessmentId !== undefined)
      feedbackRequests[r.id] = { ...r, assessmentId, createdAt: Math.min(r.createdAt, at) };
  }
  const feedbackResults = { ...kept.feedbackResults };
  for (const result of feedback.feedbackResults) {
    if (!Object.hasOwn(feedbackRequests, result.requestId)) continue;
    const key = feedbackKey(result.requestId, result.resultId);
    const r = { ...result, addedAt: Math.min(result.addedAt, at) };
    if (takes(Object.hasOwn(feedbackResults, key) ? feedbackResults[key] : undefined, r))
      feedbackResults[key] = r;
  }
  return { kept: { assessments, feedbackRequests, feedbackResults }, ids: [...ids.values()] };
}
