// Everything the user keeps in this browser: assessments, added frameworks and
// workshops, in one zustand store persisted through the durable storage
// adapter (one key, so that one write keeps them all consistent), kept in step
// across tabs. Each kind of data has its own actions.
import { createStore } from 'zustand';
import { persist } from 'zustand/middleware';
import type { CollectedResult, UserData } from '../domain/assessment/merge.ts';
import type { Assessment } from '../domain/assessment/model.ts';
import { EMPTY_STATE, pickUserData, STORAGE_VERSION } from '../domain/assessment/persisted.ts';
import type { StoredFeedback } from '../domain/feedback/persistedFeedback.ts';
import type { Exercise } from '../domain/workshop/exerciseRecord.ts';
import { type AssessmentActions, assessmentActions } from './assessmentActions.ts';
import type { DurableStorage } from './durableStorage.ts';
import { type FeedbackActions, feedbackActions } from './feedbackActions.ts';
import { type FrameworkActions, frameworkActions } from './frameworkActions.ts';
import { type WorkshopActions, workshopActions } from './workshopActions.ts';

export const STORAGE_KEY = 'csa.assessments';

export interface UserDataStore
  extends UserData,
    AssessmentActions,
    FrameworkActions,
    WorkshopActions,
    FeedbackActions {
  /** The last deleted assessment, for undo (memory only). */
  recentlyDeleted: Assessment | null;
  /** The feedback deleted with it (its requests and their results), for the same undo. */
  recentlyDeletedFeedback: StoredFeedback | null;
  /** The last removed exercise with its results, for undo (memory only). */
  recentlyRemovedExercise: { exercise: Exercise; results: CollectedResult[] } | null;
}

export function createUserDataStore(storage: DurableStorage, now: () => number = Date.now) {
  return createStore<UserDataStore>()(
    persist<UserDataStore, [], [], UserData>(
      (set, get) => ({
        ...EMPTY_STATE,
        recentlyDeleted: null,
        recentlyDeletedFeedback: null,
        recentlyRemovedExercise: null,
        ...assessmentActions(set, get, now),
        ...frameworkActions(set, get, now),
        ...workshopActions(set, get, now),
        ...feedbackActions(set, get, now),
      }),
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage,
        partialize: (s) => pickUserData(s),
        // The storage adapter has already laid this tab's unsaved changes over what it read.
        merge: (persisted, current) => (persisted ? { ...current, ...(persisted as UserData) } : current),
      },
    ),
  );
}
