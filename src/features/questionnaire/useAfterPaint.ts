import { useEffect, useState } from 'react';
import type { Answer, Assessment } from '../../domain/assessment/model.ts';
import { assessmentsStore } from '../../store/appStores.ts';
import type { AssessmentsStore } from '../../store/assessments.ts';

/**
 * A value read from the assessments store that follows a change after the
 * next paint: what a click changes shows first (the radio is the browser's
 * own), and what summarises or restyles it follows a moment later.
 */
export function useAfterPaint<T>(select: (state: AssessmentsStore) => T, key: string): T {
  const [value, setValue] = useState(() => select(assessmentsStore.getState()));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `select` reads
  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => setValue(() => select(assessmentsStore.getState())), 0);
      });
    };
    const unsubscribe = assessmentsStore.subscribe((state, previous) => {
      if (select(state) !== select(previous)) later();
    });
    setValue(() => select(assessmentsStore.getState()));
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [key]);
  return value;
}

/** An assessment's answers, for the parts that summarise them (section list, progress). */
export function useAnswersAfterPaint(assessmentId: string): Assessment['answers'] {
  return useAfterPaint((s) => s.assessments[assessmentId]?.answers ?? NO_ANSWERS, assessmentId);
}

/** One statement's answer, for what restyles it (rated or not) and for choices changed elsewhere. */
export function useAnswerAfterPaint(assessmentId: string, itemId: string): Answer | undefined {
  return useAfterPaint((s) => s.assessments[assessmentId]?.answers[itemId], `${assessmentId}\n${itemId}`);
}

const NO_ANSWERS: Assessment['answers'] = {};
