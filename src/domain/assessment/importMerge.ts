// Assessments opened from a saved file laid over what is kept, with the feedback
// that came with them (importFile.ts reads it), in one change of the stored data.
// Nothing kept is dropped, and nothing kept is written over by an older copy:
// - an assessment is added as it is, replaces the one kept with its id, or ("keep
//   both", also an "add" whose id got kept meanwhile) is added beside it under a new id;
// - only the feedback of an assessment opened comes with it;
// - a request already kept stays bound to its own assessment (a request is one
//   link raters answer, so it belongs to one assessment), and the file's results
//   join it only when the file's request asks the same (framework, version,
//   sections, level, goal): else its codes would be read against other statements,
//   so they are left out and the preview says why; a request not kept yet is
//   bound to the id its assessment gets here (a new one for "keep both");
// - a result is merged by its key (feedbackKey): the same code counts once, and a
//   different code replaces the kept one only when it was added later, and not
//   after the moment of opening (a time to come proves nothing).
// The preview says what `mergeImport` reports: one rule for both.
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

/** What opening the file does with the others' results of one of its assessments. */
export interface FeedbackOutcome {
  /** Results of requests not kept yet: they come with the assessment (or its copy). */
  coming: number;
  /** Results added to, or changed in, a request already kept (which stays with its own assessment). */
  joining: number;
  /** Results left out: the request kept under the same id asks for something else. */
  refused: number;
}

/** The id each of the file's assessments is kept under: its own, or a new one beside the one kept. */
function keptIds(items: readonly ImportItem[], kept: Kept, makeId: () => string): Map<string, string> {
  const beside = (a: Assessment, mode: ImportMode) =>
    mode === 'keep-both' || (mode === 'add' && Object.hasOwn(kept.assessments, a.id));
  return new Map(items.map(({ assessment: a, mode }) => [a.id, beside(a, mode) ? makeId() : a.id]));
}

const sameSections = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(a);
  return a.length === b.length && b.every((id) => set.has(id));
};

/** Whether two requests under one id ask for the same: their codes are packed against the same statements. */
function sameRequest(a: FeedbackRequest, b: FeedbackRequest): boolean {
  return (
    a.frameworkId === b.frameworkId &&
    a.frameworkVersion === b.frameworkVersion &&
    a.level === b.level &&
    a.goal === b.goal &&
    sameSections(a.sections, b.sections)
  );
}

/** Whether a result from the file is kept over `earlier`, the one kept under its key, at time `at`. */
function takes(earlier: CollectedFeedback | undefined, r: CollectedFeedback, at: number): boolean {
  const change = resultChange(earlier, r.code);
  return (
    change === 'added' ||
    (change === 'updated' && !!earlier && r.addedAt <= at && r.addedAt > earlier.addedAt)
  );
}

/**
 * What is kept after the file's assessments and feedback are laid over `kept` at time `at`;
 * the ids the assessments are kept under; and, by each assessment's id in the file, what
 * became of its others' results (what the preview says).
 */
export function mergeImport(
  kept: Kept,
  items: readonly ImportItem[],
  feedback: FileFeedback,
  at: number,
  makeId: () => string = newId,
): { kept: Kept; ids: string[]; feedback: Map<string, FeedbackOutcome> } {
  const ids = keptIds(items, kept, makeId);
  const assessments = { ...kept.assessments };
  for (const { assessment } of items) {
    const id = ids.get(assessment.id) ?? assessment.id;
    assessments[id] = { ...withTimesUpTo(assessment, at), id, updatedAt: at, metaUpdatedAt: at };
  }
  const outcomes = new Map(items.map(({ assessment: a }) => [a.id, { coming: 0, joining: 0, refused: 0 }]));
  const feedbackRequests = { ...kept.feedbackRequests };
  /** The file's requests whose results are merged: to the outcome of their assessment in the file, and where. */
  const merged = new Map<string, { outcome: FeedbackOutcome; field: 'coming' | 'joining' | 'refused' }>();
  for (const r of feedback.feedbackRequests) {
    const assessmentId = ids.get(r.assessmentId);
    const outcome = outcomes.get(r.assessmentId);
    if (assessmentId === undefined || !outcome) continue;
    const earlier = Object.hasOwn(kept.feedbackRequests, r.id) ? kept.feedbackRequests[r.id] : undefined;
    if (!earlier) {
      feedbackRequests[r.id] = { ...r, assessmentId, createdAt: Math.min(r.createdAt, at) };
      merged.set(r.id, { outcome, field: 'coming' });
    } else merged.set(r.id, { outcome, field: sameRequest(earlier, r) ? 'joining' : 'refused' });
  }
  const feedbackResults = { ...kept.feedbackResults };
  for (const result of feedback.feedbackResults) {
    const to = merged.get(result.requestId);
    if (!to) continue;
    if (to.field === 'refused') {
      to.outcome.refused++;
      continue;
    }
    const key = feedbackKey(result.requestId, result.resultId);
    if (!takes(Object.hasOwn(feedbackResults, key) ? feedbackResults[key] : undefined, result, at)) continue;
    feedbackResults[key] = { ...result, addedAt: Math.min(result.addedAt, at) };
    to.outcome[to.field]++;
  }
  return {
    kept: { assessments, feedbackRequests, feedbackResults },
    ids: [...ids.values()],
    feedback: outcomes,
  };
}
