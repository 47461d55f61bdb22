// What a user does with assessments: create, answer, rename, rate again,
// delete with undo, and add those opened from a saved file.
import type { StoreApi } from 'zustand';
import {
  type AnswerPatch,
  type Assessment,
  createAssessment,
  followUp,
  type NewAssessment,
  newId,
  withAnswer,
  withMeta,
  withTargets,
  withTimesUpTo,
} from '../domain/assessment/model.ts';
import { withCompletion } from '../domain/assessment/scope.ts';
import type { UserDataStore } from './userData.ts';

export type ImportMode = 'add' | 'keep-both' | 'replace';

export interface AssessmentActions {
  create(input: NewAssessment): string;
  /** `covered`: the statements the assessment covers; answering the last of them completes it. */
  setAnswer(id: string, itemId: string, patch: AnswerPatch, covered?: readonly string[]): void;
  setTargets(id: string, itemIds: readonly string[], target: number, covered?: readonly string[]): void;
  updateMeta(id: string, patch: Partial<Pick<Assessment, 'title' | 'subjectName'>>): void;
  rateAgain(id: string, title: string): string | null;
  remove(id: string): void;
  undoRemove(): void;
  /** Forgets the last deletion (the undo is no longer offered). */
  forgetRemoved(): void;
  /** Adds assessments opened from a file: as they are, as a copy beside an existing one, or replacing it. */
  importAssessments(items: readonly { assessment: Assessment; mode: ImportMode }[]): number;
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
      set((s) => ({ assessments: rest, deleted: { ...s.deleted, [id]: now() }, recentlyDeleted: a }));
    },
    importAssessments(items) {
      const at = now();
      const added: Record<string, Assessment> = {};
      for (const { assessment, mode } of items) {
        const id = mode === 'keep-both' ? newId() : assessment.id;
        added[id] = { ...withTimesUpTo(assessment, at), id, updatedAt: at, metaUpdatedAt: at };
      }
      set((s) => ({ assessments: { ...s.assessments, ...added } }));
      return Object.keys(added).length;
    },
    forgetRemoved: () => set({ recentlyDeleted: null }),
    undoRemove() {
      const a = get().recentlyDeleted;
      if (!a) return;
      const restored = { ...a, updatedAt: now() };
      set((s) => ({ assessments: { ...s.assessments, [a.id]: restored }, recentlyDeleted: null }));
    },
  };
}
