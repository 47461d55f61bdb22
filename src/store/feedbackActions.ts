// Feedback from others: the requests a person makes (each bound to one of
// their assessments) and the raters' results collected for them, kept as
// their codes (what is stored is exactly what came in, read again when shown).
// A rater's own ratings are an assessment marked as feedback (hidden from
// their list until they keep a copy).
import type { StoreApi } from 'zustand';
import { ratersOnly } from '../domain/assessment/model.ts';
import { type CollectedFeedback, type FeedbackRequest, feedbackKey } from '../domain/feedback/request.ts';
import { type AddedResult, resultChange } from '../domain/workshop/keptResult.ts';
import type { UserDataStore } from './userData.ts';

export interface FeedbackActions {
  /** Keeps a request made on the request form (domain/feedback/request.ts). */
  addFeedbackRequest(request: FeedbackRequest): void;
  /** A rater's result, by its id: a new one is added, a changed one replaces the earlier, the same one counts once. */
  addFeedback(requestId: string, resultId: string, code: string): FeedbackAdded;
  /** A rater keeps their ratings as an assessment of their own, in their list. */
  keepFeedbackCopy(assessmentId: string): void;
}

/** What adding a code did: as a workshop's result (keptResult.ts). */
export type FeedbackAdded = AddedResult;

type Set = StoreApi<UserDataStore>['setState'];
type Get = StoreApi<UserDataStore>['getState'];

export function feedbackActions(set: Set, get: Get, now: () => number): FeedbackActions {
  return {
    addFeedbackRequest(request) {
      set((s) => ({ feedbackRequests: { ...s.feedbackRequests, [request.id]: request } }));
    },
    addFeedback(requestId, resultId, code) {
      const key = feedbackKey(requestId, resultId);
      const change = resultChange(get().feedbackResults[key], code);
      if (change === 'duplicate') return change;
      const result: CollectedFeedback = { requestId, resultId, code, addedAt: now() };
      set((s) => ({ feedbackResults: { ...s.feedbackResults, [key]: result } }));
      return change;
    },
    keepFeedbackCopy(assessmentId) {
      set((s) => {
        const a = s.assessments[assessmentId];
        if (!a?.feedback || !ratersOnly(a)) return {};
        const kept = {
          ...a,
          feedback: { ...a.feedback, kept: true },
          metaUpdatedAt: now(),
          updatedAt: now(),
        };
        return { assessments: { ...s.assessments, [assessmentId]: kept } };
      });
    },
  };
}
