// A trainer's workshops: exercises, and the participants' results collected
// for them (kept as their codes, so what is stored is exactly what came in).
import type { StoreApi } from 'zustand';
import type { CollectedResult } from '../domain/assessment/merge.ts';
import { createExercise, type NewExercise } from '../domain/workshop/exerciseRecord.ts';
import { type AddedResult, resultChange, resultKey } from '../domain/workshop/keptResult.ts';
import type { UserDataStore } from './userData.ts';

export interface WorkshopActions {
  createExercise(input: NewExercise): string;
  /** A result, by its id: a new one is added, a changed one replaces the earlier, the same one counts once. */
  addResult(exerciseId: string, resultId: string, code: string): AddedResult;
  removeExercise(id: string): void;
  undoRemoveExercise(): void;
  /** Forgets the last removal (the undo is no longer offered). */
  forgetRemovedExercise(): void;
}

type Set = StoreApi<UserDataStore>['setState'];
type Get = StoreApi<UserDataStore>['getState'];

export function workshopActions(set: Set, get: Get, now: () => number): WorkshopActions {
  return {
    createExercise(input) {
      const e = createExercise(input, now());
      set((s) => ({ exercises: { ...s.exercises, [e.id]: e } }));
      return e.id;
    },
    addResult(exerciseId, resultId, code) {
      const key = resultKey(exerciseId, resultId);
      const change = resultChange(get().workshopResults[key], code);
      if (change === 'duplicate') return change;
      const result: CollectedResult = { exerciseId, resultId, code, addedAt: now() };
      set((s) => ({ workshopResults: { ...s.workshopResults, [key]: result } }));
      return change;
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
