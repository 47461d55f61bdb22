// The feedback of one assessment, looked up once for every page that shows it:
// the requests made from the assessment, the feedback read from what was
// collected for them, and the others' view of it (othersView.ts).
import type { Assessment } from '../assessment/model.ts';
import type { Framework } from '../framework/schema.ts';
import { feedbackOf, type GivenFeedback } from './feedbackCode.ts';
import { type OthersView, othersView } from './othersView.ts';
import type { CollectedFeedback, FeedbackRequest } from './request.ts';

export interface AssessmentFeedback {
  /** The requests made from this assessment. */
  requests: FeedbackRequest[];
  /** The feedback that still reads against them. */
  given: GivenFeedback[];
  /** The others' view, or null where no feedback was collected. */
  view: OthersView | null;
}

/** The requests, the feedback and the others' view of one assessment. */
export function feedbackForAssessment(
  fw: Framework,
  a: Pick<Assessment, 'id' | 'sections' | 'level' | 'answers'>,
  requests: Readonly<Record<string, FeedbackRequest>>,
  collected: Readonly<Record<string, CollectedFeedback>>,
): AssessmentFeedback {
  const own = Object.values(requests).filter((r) => r.assessmentId === a.id);
  const given = own.length ? feedbackOf(fw, own, Object.values(collected)) : [];
  const rated = { sections: a.sections, level: a.level, answers: a.answers };
  return { requests: own, given, view: given.length ? othersView(fw, rated, given) : null };
}
