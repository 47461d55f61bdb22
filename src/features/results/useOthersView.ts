// The feedback collected for an assessment's requests and the others' view of
// it (domain/feedback/othersView.ts), worked out once for the results page:
// its summary sentence and the section of self beside others read the same.
import { useMemo } from 'react';
import type { Assessment } from '../../domain/assessment/model.ts';
import { feedbackOf } from '../../domain/feedback/feedbackCode.ts';
import { type OthersView, othersView } from '../../domain/feedback/othersView.ts';
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
  const requests = useMemo(
    () => Object.values(requestMap).filter((r) => r.assessmentId === a.id),
    [requestMap, a.id],
  );
  const view = useMemo(() => {
    const given = feedbackOf(fw, requests, Object.values(collected));
    return given.length ? othersView(fw, a, given) : null;
  }, [fw, a, requests, collected]);
  return { requests, view };
}
