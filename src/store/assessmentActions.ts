// What a user does with assessments: create, answer, rename, rate again,
// delete with undo. Those opened from a saved file are added by importAssessments.ts.
import type { StoreApi } from 'zustand';
import {
  type AnswerPatch,
  type Assessment,
  createAssessment,
  followUp,
  type NewAssessment,
  withAnswer,
  withMeta,
  withTargets,
} from '../domain/assessment/model.ts';
import { withCompletion } from '../domain/assessment/scope.ts';
import { splitFeedback } from '../domain/feedback/request.ts';
import type { UserDataStore } from './userData.ts';

export interface AssessmentActions {
  create(input: NewAssessment): string;
  /** `covered`: the statements the assessment covers; answering the last of them completes it. */
  setAnswer(id: string, itemId: string, patch: AnswerPatch, covered?: readonly string[]): void;
  setTargets(id: string, itemIds: readonly string[], target: number, covered?: readonly string[]): void;
  updateMeta(id: string, patch: Partial<Pick<Assessment, 'title' | 'subjectName'>>): void;
  rateAgain(id: string, title: string): string | null;
  /** Deletes an assessment with the feedback requests made from it and the results collected for them. */
  remove(id: string): void;
  undoRemove(): void;
  /** Forgets the last deletion (the undo is no longer offered). */
  forgetRemoved(): void;
}

type Set = StoreApi<UserDataStore>['setState'];
type Get = StoreApi<UserDataStore>['getState'];

export function assessmentActions(set: Set, get: Get, now: () => number): AssessmentActions {
  const update = (id: string, change: (a: Assessment) => Assessment) =>
    set((s) => {
      const a = s.assessments[id];
      return a ? { assessments: { ...s.assessments, [id]: change(a) } } : {};
    });
  return {
    create(input) {
      const a = createAssessment(input, now());
      set((s) => ({ assessments: { ...s.assessments, [a.id]: a } }));
      return a.id;
    },
    setAnswer: (id, itemId, patch, covered = []) =>
      update(id, (a) => withCompletion(withAnswer(a, itemId, patch, now()), covered, now())),
    setTargets: (id, itemIds, target, covered = []) =>
      update(id, (a) => withCompletion(withTargets(a, itemIds, target, now()), covered, now())),
    updateMeta: (id, patch) => update(id, (a) => withMeta(a, patch, now())),
    rateAgain(id, title) {
      const previous = get().assessments[id];
      if (!previous) return null;
      const next = followUp(previous, title, now());
      set((s) => ({ assessments: { ...s.assessments, [next.id]: next } }));
      return next.id;
    },
    remove(id) {
      const a = get().assessments[id];
      if (!a) return;
      const { [id]: _, ...rest } = get().assessments;
      const feedback = splitFeedback(get(), id);
      set((s) => ({
        assessments: rest,
        ...feedback.rest,
        deleted: { ...s.deleted, [id]: now() },
        recentlyDeleted: a,
        recentlyDeletedFeedback: feedback.gone,
      }));
    },
    forgetRemoved: () => set({ recentlyDeleted: null, recentlyDeletedFeedback: null }),
    undoRemove() {
      const { recentlyDeleted: a, recentlyDeletedFeedback: f } = get();
      if (!a) return;
      const restored = { ...a, updatedAt: now() };
      set((s) => ({
        assessments: { ...s.assessments, [a.id]: restored },
        feedbackRequests: { ...s.feedbackRequests, ...f?.feedbackRequests },
        feedbackResults: { ...s.feedbackResults, ...f?.feedbackResults },
        recentlyDeleted: null,
        recentlyDeletedFeedback: null,
      }));
    },
  };
}
