// The feedback that travels in a saved file (`competency-assessment/1`, importFile.ts):
// the requests made from the file's assessments and the raters' results collected
// for them, as codes. Their fields are checked by the stored data's own schemas;
// here, with limits, and where each refers to: a request to an assessment of the
// file, a result to a request of the file, each id once.
import * as z from 'zod/mini';
import type { Finding } from '../framework/checks.ts';
import {
  type CollectedFeedback,
  collectedFeedbackSchema,
  type FeedbackRequest,
  feedbackKey,
  feedbackRequestSchema,
} from './request.ts';

/** A file holds at most as many requests as assessments may make, and as many results as raters may give them. */
export const MAX_FILE_REQUESTS = 5000;
export const MAX_FILE_RESULTS = 20_000;

/** The file's feedback fields: optional, so a file saved before they existed still reads. */
export const feedbackFileFields = {
  feedbackRequests: z._default(z.array(feedbackRequestSchema).check(z.maxLength(MAX_FILE_REQUESTS)), []),
  feedbackResults: z._default(z.array(collectedFeedbackSchema).check(z.maxLength(MAX_FILE_RESULTS)), []),
};

export interface FileFeedback {
  feedbackRequests: FeedbackRequest[];
  feedbackResults: CollectedFeedback[];
}

/** The first place each id is used, and a finding for every later use of it. */
function duplicates(ids: string[], field: string, idField: string, findings: Finding[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const [index, id] of ids.entries()) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else
      findings.push({
        path: [field, index, idField],
        code: 'duplicate-id',
        params: { id },
        relatedPath: [field, earlier, idField],
      });
  }
  return first;
}

/** Where the file's feedback refers to what the file does not hold, or holds an id twice. */
export function feedbackFindings(feedback: FileFeedback, assessmentIds: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const requests = duplicates(
    feedback.feedbackRequests.map((r) => r.id),
    'feedbackRequests',
    'id',
    findings,
  );
  for (const [index, r] of feedback.feedbackRequests.entries())
    if (!assessmentIds.has(r.assessmentId))
      findings.push({
        path: ['feedbackRequests', index, 'assessmentId'],
        code: 'unknown-assessment',
        params: { id: r.assessmentId },
      });
  // A result's id is its request's and its own together (feedbackKey), as it is stored.
  const keys = feedback.feedbackResults.map((r) => feedbackKey(r.requestId, r.resultId));
  duplicates(keys, 'feedbackResults', 'resultId', findings);
  for (const [index, r] of feedback.feedbackResults.entries())
    if (!requests.has(r.requestId))
      findings.push({
        path: ['feedbackResults', index, 'requestId'],
        code: 'unknown-request',
        params: { id: r.requestId },
      });
  return findings;
}
