// Making a feedback request from an assessment (the request form's choices),
// apart from request.ts so that the store's first-page code stays small.
import type { Assessment } from '../assessment/model.ts';
import { sectionsToStore } from '../framework/sectionChoice.ts';
import type { FrameworkSummary } from '../framework/summary.ts';
import { randomChars } from '../workshop/alphabet.ts';
import { EXERCISE_ID_LENGTH } from '../workshop/exerciseRecord.ts';
import { type FeedbackRequest, MAX_MESSAGE, MAX_NAME } from './request.ts';

export interface RequestChoice {
  sections: readonly string[];
  name: string;
  message: string;
  goal: boolean;
  /**
   * The framework's sections: with them, every section chosen is stored as none
   * listed (sectionsToStore, as the start and exercise forms do), so the link stays short.
   */
  framework?: Pick<FrameworkSummary, 'sections'>;
}

export function createRequest(
  a: Pick<Assessment, 'id' | 'frameworkId' | 'frameworkVersion' | 'level'>,
  choice: RequestChoice,
  now: number,
  requestId = randomChars(EXERCISE_ID_LENGTH),
): FeedbackRequest {
  return {
    id: requestId,
    assessmentId: a.id,
    frameworkId: a.frameworkId,
    frameworkVersion: a.frameworkVersion,
    sections: choice.framework ? sectionsToStore(choice.framework, choice.sections) : [...choice.sections],
    level: a.level,
    name: choice.name.trim().slice(0, MAX_NAME),
    message: choice.message.trim().slice(0, MAX_MESSAGE),
    goal: choice.goal,
    createdAt: now,
  };
}
