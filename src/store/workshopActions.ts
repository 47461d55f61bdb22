// A trainer's workshops: exercises, and the participants' results collected
// for them (kept as their codes, so what is stored is exactly what came in).
import type { StoreApi } from 'zustand';
import type { CollectedResult } from '../domain/assessment/merge.ts';
import { createExercise, type Exercise, type NewExercise } from '../domain/workshop/exerciseRecord.ts';
import type { UserDataStore } from './userData.ts';

export type AddedResult = 'added' | 'updated' | 'duplicate';

export interface WorkshopActions {
  createExercise(input: NewExercise): string;
  /** Keeps an exercise read from a file or link as it is (the same id). */
  keepExercise(exercise: Exercise): void;
  /** A result, by its id: a new one is added, a changed one replaces the earlier, the same one counts once. */
  addResult(exerciseId: string, resultId: string, code: string): AddedResult;
  removeExercise(id: string): void;
  undoRemoveExercise(): void;
  /** Forgets the last removal (the undo is no longer offered). */
  forgetRemovedExercise(): void;
}

type Set = StoreApi<UserDataStore>['setState'];
type Get = StoreApi<UserDataStore>['getState'];

export const resultKey = (exerciseId: string, resultId: string) => `${exerciseId}.${resultId}`;

export function workshopActions(set: Set, get: Get, now: () => number): WorkshopActions {
  return {
    createExercise(input) {
      const e = createExercise(input, now());
      set((s) => ({ exercises: { ...s.exercises, [e.id]: e } }));
      return e.id;
    },
    keepExercise(exercise) {
      set((s) => ({ exercises: { ...s.exercises, [exercise.id]: exercise } }));
    },
    addResult(exerciseId, resultId, code) {
      const key = resultKey(exerciseId, resultId);
      const earlier = get().workshopResults[key];
      if (earlier?.code === code) return 'duplicate';
      const result: CollectedResult = { exerciseId, resultId, code, addedAt: now() };
      set((s) => ({ workshopResults: { ...s.workshopResults, [key]: result } }));
      return earlier ? 'updated' : 'added';
    },
    removeExercise(id) {
      const exercise = get().exercises[id];
      if (!exercise) return;
      const { [id]: _, ...exercises } = get().exercises;
      const results = Object.values(get().workshopResults).filter((r) => r.exerciseId === id);
      const workshopResults = Object.fromEntries(
        Object.entries(get().workshopResults).filter(([, r]) => r.exerciseId !== id),
      );
      set({ exercises, workshopResults, recentlyRemovedExercise: { exercise, results } });
    },
    forgetRemovedExercise: () => set({ recentlyRemovedExercise: null }),
    undoRemoveExercise() {
      const removed = get().recentlyRemovedExercise;
      if (!removed) return;
      const back = Object.fromEntries(removed.results.map((r) => [resultKey(r.exerciseId, r.resultId), r]));
      set((s) => ({
        exercises: { ...s.exercises, [removed.exercise.id]: removed.exercise },
        workshopResults: { ...s.workshopResults, ...back },
        recentlyRemovedExercise: null,
      }));
    },
  };
}
