// The user's assessments: a zustand store persisted to localStorage through
// the durable storage adapter, kept in step across tabs.
import { createStore } from 'zustand';
import { persist } from 'zustand/middleware';
import type { UserData } from '../domain/assessment/merge.ts';
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
import { EMPTY_STATE, STORAGE_VERSION } from '../domain/assessment/persisted.ts';
import { withCompletion } from '../domain/assessment/scope.ts';
import { importedFramework } from '../domain/framework/imported.ts';
import type { FrameworkSummary } from '../domain/framework/summary.ts';
import type { DurableStorage } from './durableStorage.ts';

export const STORAGE_KEY = 'csa.assessments';

export interface AssessmentsActions {
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
  /** Adds a framework the user imported, or a new version of one (the old version is kept). */
  addFramework(summary: FrameworkSummary, fileName: string, text: string): void;
  removeFramework(id: string): void;
  /** Adds imported assessments: as they are, as a copy beside an existing one, or replacing it. */
  importAssessments(items: readonly { assessment: Assessment; mode: ImportMode }[]): number;
}

export type ImportMode = 'add' | 'keep-both' | 'replace';

export interface AssessmentsStore extends UserData, AssessmentsActions {
  /** The last deleted assessment, for undo (memory only). */
  recentlyDeleted: Assessment | null;
}

export function createAssessmentsStore(storage: DurableStorage, now: () => number = Date.now) {
  return createStore<AssessmentsStore>()(
    persist(
      (set, get) => {
        const update = (id: string, change: (a: Assessment) => Assessment) =>
          set((s) => {
            const a = s.assessments[id];
            return a ? { assessments: { ...s.assessments, [id]: change(a) } } : {};
          });
        return {
          ...EMPTY_STATE,
          recentlyDeleted: null,
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
          addFramework(summary, fileName, text) {
            set((s) => ({
              frameworks: {
                ...s.frameworks,
                [summary.id]: importedFramework(summary, fileName, text, now(), s.frameworks[summary.id]),
              },
            }));
          },
          removeFramework(id) {
            const { [id]: _, ...rest } = get().frameworks;
            set((s) => ({ frameworks: rest, removedFrameworks: { ...s.removedFrameworks, [id]: now() } }));
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
      },
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage,
        partialize: ({ assessments, deleted, frameworks, removedFrameworks }): UserData => ({
          assessments,
          deleted,
          frameworks,
          removedFrameworks,
        }),
        // The storage adapter has already laid this tab's unsaved changes over what it read.
        merge: (persisted, current) => (persisted ? { ...current, ...(persisted as UserData) } : current),
      },
    ),
  );
}
