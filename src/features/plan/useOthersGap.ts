// The others' view of each statement's gap, where feedback was collected for
// the assessment: the goal minus the raters' median level now (domain/feedback).
// It breaks ties between equal gaps in the plan's suggestions.
import { useMemo } from 'react';
import type { Assessment } from '../../domain/assessment/model.ts';
import { feedbackForAssessment } from '../../domain/feedback/forAssessment.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { useUserData } from '../../store/appStores.ts';

export function useOthersGap(a: Assessment, fw: Framework): (itemId: string) => number | null {
  const requestMap = useUserData((s) => s.feedbackRequests);
  const collected = useUserData((s) => s.feedbackResults);
  return useMemo(() => {
    const rated = { id: a.id, sections: a.sections, level: a.level, answers: a.answers };
    const { view } = feedbackForAssessment(fw, rated, requestMap, collected);
    if (!view) return () => null;
    const gaps = new Map<string, number>();
    for (const s of view.statements) {
      const goal = s.selfTarget;
      if (s.others && goal !== null) gaps.set(s.itemId, goal - s.others.median);
    }
    return (itemId: string) => gaps.get(itemId) ?? null;
  }, [fw, a.id, a.sections, a.level, a.answers, requestMap, collected]);
}
