// Moving assessments between browsers as a file: `competency-assessment/1`.
// Writing the file; reading it back is in importFile.ts (lazily loaded).
import type { StoredFeedback } from '../feedback/persistedFeedback.ts';
import type { CollectedFeedback, FeedbackRequest } from '../feedback/request.ts';
import type { Assessment } from './model.ts';

export const ASSESSMENT_FILE_FORMAT = 'competency-assessment/1';
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_ASSESSMENTS = 1000;

export interface ExchangeFile {
  format: typeof ASSESSMENT_FILE_FORMAT;
  appVersion: string;
  exportedAt: string;
  frameworks: { id: string; version: string }[];
  assessments: Assessment[];
  /** The feedback requests made from these assessments (absent in files saved before feedback travelled). */
  feedbackRequests?: FeedbackRequest[];
  /** The raters' results collected for those requests, as their codes. */
  feedbackResults?: CollectedFeedback[];
}

/**
 * The feedback a file of `assessments` carries: the requests made from them and the
 * results collected for those, each rater's code as given (names, notes, and the
 * answers of anonymous raters one by one), which the export buttons say.
 */
export function feedbackInFile(
  assessments: readonly Pick<Assessment, 'id'>[],
  feedback: StoredFeedback,
): Required<Pick<ExchangeFile, 'feedbackRequests' | 'feedbackResults'>> {
  const ids = new Set(assessments.map((a) => a.id));
  const feedbackRequests = Object.values(feedback.feedbackRequests).filter((r) => ids.has(r.assessmentId));
  const requestIds = new Set(feedbackRequests.map((r) => r.id));
  const feedbackResults = Object.values(feedback.feedbackResults).filter((r) => requestIds.has(r.requestId));
  return { feedbackRequests, feedbackResults };
}

/** The file of `assessments`, with the feedback kept for them in `feedback` (the store's). */
export function exportAssessments(
  assessments: readonly Assessment[],
  appVersion: string,
  now: number,
  feedback: StoredFeedback,
): ExchangeFile {
  const frameworks = new Map<string, { id: string; version: string }>();
  for (const a of assessments)
    frameworks.set(`${a.frameworkId}@${a.frameworkVersion}`, {
      id: a.frameworkId,
      version: a.frameworkVersion,
    });
  return {
    format: ASSESSMENT_FILE_FORMAT,
    appVersion,
    exportedAt: new Date(now).toISOString(),
    frameworks: [...frameworks.values()],
    assessments: [...assessments],
    ...feedbackInFile(assessments, feedback),
  };
}

export function serializeExport(file: ExchangeFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
