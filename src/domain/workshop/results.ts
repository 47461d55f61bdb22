// An exercise's results as the trainer's pages show them: its kept codes, read
// back against the exercise (a code is read again each time: what is kept is
// exactly what came in), and a workshop file's results laid over what is kept.
import type { CollectedResult } from '../assessment/merge.ts';
import { normalize } from './base32.ts';
import type { Exercise, ExerciseLayout } from './exercise.ts';
import { type AddedResult, resultChange, resultKey } from './keptResult.ts';
import { decodeResult, type WorkshopResult } from './resultCode.ts';

type Kept = Readonly<Record<string, CollectedResult>>;

/** The kept codes of one exercise. */
export function codesOf(kept: Kept, exerciseId: string): string[] {
  return Object.values(kept)
    .filter((r) => r.exerciseId === exerciseId)
    .map((r) => r.code);
}

/** The codes read against the exercise, in the order of their random ids (arrival is not kept); one that does not read is left out. */
export function readResults(
  exercise: Pick<Exercise, 'id' | 'notes'>,
  layout: ExerciseLayout,
  codes: readonly string[],
): WorkshopResult[] {
  const read: WorkshopResult[] = [];
  for (const code of codes) {
    const r = decodeResult(code, exercise, layout);
    if (r.ok) read.push(r.result);
  }
  return read.sort((a, b) => (a.resultId < b.resultId ? -1 : a.resultId > b.resultId ? 1 : 0));
}

/** The exercise a workshop file's results go to: one already here keeps its settings, else the file's. */
export function exerciseFor(fromFile: Exercise, here: Readonly<Record<string, Exercise>>): Exercise {
  return Object.hasOwn(here, fromFile.id) ? (here[fromFile.id] ?? fromFile) : fromFile;
}

export interface WorkshopMerge {
  exercise: Exercise;
  /** The exercise is not on this device yet. */
  newExercise: boolean;
  /** What to keep: each new or changed result once (the last of the file's for a result id), its code normalized. */
  results: { resultId: string; code: string }[];
  /** How many of the file's codes did what (a code repeated in the file counts as a duplicate). */
  counts: Record<AddedResult, number>;
}

/**
 * A workshop file's codes, already read against `exercise` (checkCodes: a file with
 * a code that does not read is refused as a whole), laid over the results kept here.
 */
export function mergeWorkshop(
  exercise: Exercise,
  here: Readonly<Record<string, Exercise>>,
  kept: Kept,
  read: readonly { code: string; result: { resultId: string } }[],
): WorkshopMerge {
  const counts: Record<AddedResult, number> = { added: 0, updated: 0, duplicate: 0 };
  const now = new Map<string, { code: string }>();
  const results = new Map<string, string>();
  for (const { code, result } of read) {
    const typed = normalize(code) ?? code;
    const key = resultKey(exercise.id, result.resultId);
    const change = resultChange(now.get(key) ?? kept[key], typed);
    counts[change]++;
    if (change === 'duplicate') continue;
    now.set(key, { code: typed });
    results.set(result.resultId, typed);
  }
  return {
    exercise,
    newExercise: !Object.hasOwn(here, exercise.id),
    results: [...results].map(([resultId, code]) => ({ resultId, code })),
    counts,
  };
}
