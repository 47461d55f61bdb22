// A workshop file kept on this device. Apart from workshopActions.ts, which is on
// the first page with the store: this loads with the workshops page that opens files.
import type { StoreApi } from 'zustand';
import type { CollectedResult } from '../domain/assessment/merge.ts';
import { resultKey } from '../domain/workshop/keptResult.ts';
import type { WorkshopMerge } from '../domain/workshop/results.ts';
import type { UserDataStore } from './userData.ts';

/** A workshop file laid over what is kept (`mergeWorkshop`): its exercise kept when new, its new and changed results, in one write. */
export function keepWorkshop(
  store: StoreApi<UserDataStore>,
  { exercise, results }: Pick<WorkshopMerge, 'exercise' | 'results'>,
  addedAt = Date.now(),
): void {
  const kept = results.map((r): [string, CollectedResult] => [
    resultKey(exercise.id, r.resultId),
    { exerciseId: exercise.id, resultId: r.resultId, code: r.code, addedAt },
  ]);
  store.setState((s) => ({
    exercises: Object.hasOwn(s.exercises, exercise.id)
      ? s.exercises
      : { ...s.exercises, [exercise.id]: exercise },
    workshopResults: { ...s.workshopResults, ...Object.fromEntries(kept) },
  }));
}
