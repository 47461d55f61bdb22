import type { Answer, Assessment } from '../../domain/assessment/model.ts';
import { userDataStore } from '../../store/appStores.ts';
import { useAfterPaint } from '../../ui/useAfterPaint.ts';

const NO_ANSWERS: Assessment['answers'] = {};

/** An assessment's answers, for the parts that summarise them (section list, progress). */
export function useAnswersAfterPaint(assessmentId: string): Assessment['answers'] {
  return useAfterPaint(
    userDataStore,
    (s) => s.assessments[assessmentId]?.answers ?? NO_ANSWERS,
    assessmentId,
  );
}

/** One statement's answer, for what restyles it (rated or not) and for choices changed elsewhere. */
export function useAnswerAfterPaint(assessmentId: string, itemId: string): Answer | undefined {
  return useAfterPaint(
    userDataStore,
    (s) => s.assessments[assessmentId]?.answers[itemId],
    `${assessmentId}\n${itemId}`,
  );
}
