// The feedback that travels in a saved file (`competency-assessment/1`, importFile.ts):
// the requests made from the file's assessments and the raters' results collected
// for them, as codes. Their fields are checked by the stored data's own schemas;
// here, with limits, and where each refers to: a request to an assessment of the
// file that it fits (framework, version, sections, level), a result to a request
// of the file, each id once.
import * as z from 'zod/mini';
import type { Assessment } from '../assessment/model.ts';
import { duplicateIds } from '../files/duplicateIds.ts';
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

/** An assessment of the file as a request is checked against it, with its framework's section ids (none when the app lacks it). */
export type RequestTarget = Pick<Assessment, 'frameworkId' | 'frameworkVersion' | 'sections' | 'level'>;

/** Where request `r` (at `index`) asks for what its assessment `a` does not rate. */
function misfits(r: FeedbackRequest, index: number, a: RequestTarget, known: readonly string[] | undefined) {
  const findings: Finding[] = [];
  const misfit = (path: (string | number)[], value: string) =>
    findings.push({
      path: ['feedbackRequests', index, ...path],
      code: 'request-misfit',
      params: { assessment: r.assessmentId, value },
    });
  if (r.frameworkId !== a.frameworkId) misfit(['frameworkId'], a.frameworkId);
  else if (r.frameworkVersion !== a.frameworkVersion) misfit(['frameworkVersion'], a.frameworkVersion);
  if (r.level !== a.level) misfit(['level'], a.level ?? '–');
  // Sections: none listed is every section of the framework, for both.
  if (r.frameworkId !== a.frameworkId || !known) return findings;
  const rated = a.sections.length ? a.sections : known;
  const ratedSet = new Set(rated);
  if (!r.sections.length && rated.length < known.length) misfit(['sections'], rated.join(', '));
  for (const [i, id] of r.sections.entries())
    if (!ratedSet.has(id)) misfit(['sections', i], rated.join(', '));
  return findings;
}

/**
 * Where the file's feedback refers to what the file does not hold, asks for what its
 * assessment does not rate, or holds an id twice. `sectionsOf` gives a framework's section ids.
 */
export function feedbackFindings(
  feedback: FileFeedback,
  assessments: ReadonlyMap<string, RequestTarget>,
  sectionsOf: (frameworkId: string) => readonly string[] | undefined,
): Finding[] {
  const findings: Finding[] = [];
  const requests = duplicateIds(
    feedback.feedbackRequests.map((r) => r.id),
    'feedbackRequests',
    'id',
    findings,
  );
  for (const [index, r] of feedback.feedbackRequests.entries()) {
    const a = assessments.get(r.assessmentId);
    if (a) findings.push(...misfits(r, index, a, sectionsOf(a.frameworkId)));
    else
      findings.push({
        path: ['feedbackRequests', index, 'assessmentId'],
        code: 'unknown-assessment',
        params: { id: r.assessmentId },
      });
  }
  // A result is one request's and its own id together (feedbackKey), as it is stored;
  // a second one is named by what the file holds where it points, its resultId.
  const results = feedback.feedbackResults;
  const keys = results.map((r) => feedbackKey(r.requestId, r.resultId));
  duplicateIds(keys, 'feedbackResults', 'resultId', findings, (index) => results[index]?.resultId ?? '');
  for (const [index, r] of feedback.feedbackResults.entries())
    if (!requests.has(r.requestId))
      findings.push({
        path: ['feedbackResults', index, 'requestId'],
        code: 'unknown-request',
        params: { id: r.requestId },
      });
  return findings;
}
