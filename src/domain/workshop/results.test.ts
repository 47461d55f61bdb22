import { describe, expect, it } from 'vitest';
import type { CollectedResult } from '../assessment/merge.ts';
import { layoutOf } from './exercise.ts';
import { resultChange, resultKey } from './keptResult.ts';
import { encodeResult, type Rating } from './resultCode.ts';
import { codesOf, exerciseFor, mergeWorkshop, readResults } from './results.ts';
import { exerciseOver, repoFramework } from './workshop.testing.ts';

const fw = repoFramework('samenwerken.yaml');
const exercise = exerciseOver(fw, { sections: ['informatie-delen'], level: 'basis' }, 0, 'ABCDEFGH');
const layout = layoutOf(fw, exercise);
const ratings = (current: number): Rating[] =>
  layout.itemIds.map(() => ({ current, target: 4, notApplicable: false }));
const code = (resultId: string, current = 2) =>
  encodeResult(exercise, layout, ratings(current), {}, resultId) as string;
const kept = (exerciseId: string, resultId: string, c: string): [string, CollectedResult] => [
  resultKey(exerciseId, resultId),
  { exerciseId, resultId, code: c, addedAt: 1 },
];

describe('resultChange', () => {
  it('adds a new result, replaces a changed one and counts the same one once', () => {
    expect(resultChange(undefined, 'A')).toBe('added');
    expect(resultChange({ code: 'A' }, 'B')).toBe('updated');
    expect(resultChange({ code: 'A' }, 'A')).toBe('duplicate');
  });
});

describe('an exercise’s results', () => {
  it('are the codes kept for that exercise only', () => {
    const store = Object.fromEntries([kept('ABCDEFGH', 'R1', 'C1'), kept('OTHER000', 'R2', 'C2')]);
    expect(codesOf(store, 'ABCDEFGH')).toEqual(['C1']);
    expect(codesOf(store, 'NONE0000')).toEqual([]);
  });

  it('are read in the order of their result ids, a code that does not read left out', () => {
    const read = readResults(exercise, layout, [code('ZZZZZZZ1', 3), 'NOT-A-CODE', code('AAAAAAA1', 1)]);
    expect(read.map((r) => r.resultId)).toEqual(['AAAAAAA1', 'ZZZZZZZ1']);
    expect(read[0]?.ratings[0]).toEqual({ current: 1, target: 4, notApplicable: false });
  });
});

describe('a workshop file laid over what is kept', () => {
  const read = (resultId: string, c: string) => ({ code: c, result: { resultId } });

  it('goes to the exercise already here (its settings kept), else to the file’s', () => {
    const here = { ...exercise, title: 'Renamed here' };
    expect(exerciseFor(exercise, { [exercise.id]: here })).toBe(here);
    expect(exerciseFor(exercise, {})).toBe(exercise);
    expect(exerciseFor({ ...exercise, id: 'constructor' }, {}).id).toBe('constructor');
  });

  it('keeps a new exercise and every result of the file, codes without dashes', () => {
    const merge = mergeWorkshop(exercise, {}, {}, [read('R1', 'abcd-efgh'), read('R2', 'MNPQ')]);
    expect(merge.newExercise).toBe(true);
    expect(merge.results).toEqual([
      { resultId: 'R1', code: 'ABCDEFGH' },
      { resultId: 'R2', code: 'MNPQ' },
    ]);
    expect(merge.counts).toEqual({ added: 2, updated: 0, duplicate: 0 });
  });

  it('keeps only what is new or changed, and says what was already here', () => {
    const store = Object.fromEntries([kept(exercise.id, 'R1', 'SAME'), kept(exercise.id, 'R2', 'PAST')]);
    const merge = mergeWorkshop(exercise, { [exercise.id]: exercise }, store, [
      read('R1', 'SAME'),
      read('R2', 'NEW'),
      read('R3', 'MANY'),
    ]);
    expect(merge.newExercise).toBe(false);
    expect(merge.results).toEqual([
      { resultId: 'R2', code: 'NEW' },
      { resultId: 'R3', code: 'MANY' },
    ]);
    expect(merge.counts).toEqual({ added: 1, updated: 1, duplicate: 1 });
  });

  it('counts a result repeated in the file once, its last code kept', () => {
    const merge = mergeWorkshop(exercise, {}, {}, [read('R1', 'A'), read('R1', 'A'), read('R1', 'B')]);
    expect(merge.results).toEqual([{ resultId: 'R1', code: 'B' }]);
    expect(merge.counts).toEqual({ added: 1, updated: 1, duplicate: 1 });
  });
});
