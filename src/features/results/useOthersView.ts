// The feedback collected for an assessment's requests and the others' view of
// it (domain/feedback/forAssessment.ts), worked out once for the results page:
// its summary sentence and the section of self beside others read the same.
import { useMemo } from 'react';
import type { Assessment } from '../../domain/assessment/model.ts';
import { feedbackForAssessment } from '../../domain/feedback/forAssessment.ts';
import type { OthersView } from '../../domain/feedback/othersView.ts';
import type { FeedbackRequest } from '../../domain/feedback/request.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { useUserData } from '../../store/appStores.ts';

export interface Others {
  /** The requests made from this assessment. */
  requests: FeedbackRequest[];
  /** The others' view, or null where no feedback was collected. */
  view: OthersView | null;
}

export function useOthersView(a: Assessment, fw: Framework): Others {
  const requestMap = useUserData((s) => s.feedbackRequests);
  const collected = useUserData((s) => s.feedbackResults);
  return useMemo(() => {
    const { requests, view } = feedbackForAssessment(fw, a, requestMap, collected);
    return { requests, view };
  }, [fw, a, requestMap, collected]);
}
