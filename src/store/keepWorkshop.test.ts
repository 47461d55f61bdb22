// A workshop file kept in the user's data store, against the shared fake storage.
import { describe, expect, it } from 'vitest';
import { createExercise } from '../domain/workshop/exerciseRecord.ts';
import { createDurableStorage } from './durableStorage.ts';
import { FakeStorage } from './fakeStorage.testing.ts';
import { keepWorkshop } from './keepWorkshop.ts';
import { createUserDataStore } from './userData.ts';

function makeStore() {
  const durable = createDurableStorage({ storage: () => new FakeStorage(), delayMs: 50, now: () => 7 });
  return createUserDataStore(durable, () => 7);
}

const exercise = createExercise(
  { frameworkId: 'f', frameworkVersion: '1', sections: [], level: null, language: 'en', title: 'From file' },
  1,
  'ABCDEFGH',
);

describe('keepWorkshop', () => {
  it('keeps a new exercise with the results it is given, in one change', () => {
    const store = makeStore();
    let changes = 0;
    store.subscribe(() => changes++);
    keepWorkshop(store, { exercise, results: [{ resultId: 'R1', code: 'C1' }] }, 7);
    expect(changes).toBe(1);
    expect(store.getState().exercises[exercise.id]).toEqual(exercise);
    expect(Object.values(store.getState().workshopResults)).toEqual([
      { exerciseId: exercise.id, resultId: 'R1', code: 'C1', addedAt: 7 },
    ]);
  });

  it('keeps the settings of an exercise already here, and replaces only the results it is given', () => {
    const store = makeStore();
    const s = () => store.getState();
    keepWorkshop(store, {
      exercise,
      results: [
        { resultId: 'R1', code: 'C1' },
        { resultId: 'R2', code: 'C2' },
      ],
    });
    keepWorkshop(store, {
      exercise: { ...exercise, title: 'Other' },
      results: [{ resultId: 'R2', code: 'NEW' }],
    });
    expect(s().exercises[exercise.id]?.title).toBe('From file');
    expect(Object.values(s().workshopResults).map((r) => [r.resultId, r.code])).toEqual([
      ['R1', 'C1'],
      ['R2', 'NEW'],
    ]);
  });
});
