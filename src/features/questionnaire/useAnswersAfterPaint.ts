import { useEffect, useState } from 'react';
import type { Assessment } from '../../domain/assessment/model.ts';
import { assessmentsStore } from '../../store/appStores.ts';

/**
 * An assessment's answers for the parts that summarise them (section list,
 * progress): they follow a change after the next paint, so that a rating
 * itself shows at once and the counts a moment later.
 */
export function useAnswersAfterPaint(assessmentId: string): Assessment['answers'] {
  const current = () => assessmentsStore.getState().assessments[assessmentId]?.answers ?? {};
  const [answers, setAnswers] = useState(current);
  // biome-ignore lint/correctness/useExhaustiveDependencies: current reads the store for this id
  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => setAnswers(current()), 0);
      });
    };
    const unsubscribe = assessmentsStore.subscribe((state, previous) => {
      if (state.assessments[assessmentId]?.answers !== previous.assessments[assessmentId]?.answers) later();
    });
    setAnswers(current());
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [assessmentId]);
  return answers;
}
